package org.fineprint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.fineprint.registry.DocumentType;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static Case arbitration(String id, int severity, List<String> cues) {
        return new Case(id, "Disputes go to mandatory arbitration", Topic.DISPUTES, Sentiment.NEGATIVE, severity,
                "You cannot take the provider to court.", List.of(DocumentType.TERMS),
                new CaseMaps(List.of(339), List.of("a"), List.of()), cues, Evidence.ANY);
    }

    @Test
    void acceptsAWellFormedCase() {
        Case c = arbitration("arbitration-mandatory", 4, List.of("binding arbitration"));

        assertThat(c.id()).isEqualTo("arbitration-mandatory");
        assertThat(c.maps().claudette()).containsExactly("a");
    }

    @Test
    void rejectsIdsThatAreNotKebabCase() {
        for (String id : List.of("Arbitration", "arbitration_mandatory", "-arbitration", "arbitration--x", "")) {
            assertThatThrownBy(() -> arbitration(id, 4, List.of("arbitrator")))
                    .as(id)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kebab-case");
        }
    }

    @Test
    void rejectsSeverityOutsideOneToFive() {
        assertThatThrownBy(() -> arbitration("arbitration-mandatory", 0, List.of("arbitrator")))
                .hasMessage("case \"arbitration-mandatory\": severity 0 is outside 1-5");
        assertThatThrownBy(() -> arbitration("arbitration-mandatory", 6, List.of("arbitrator")))
                .hasMessageContaining("severity 6");
    }

    @Test
    void rejectsCuesThatAreMissingUpperCaseOrRepeated() {
        assertThatThrownBy(() -> arbitration("arbitration-mandatory", 4, List.of()))
                .hasMessageContaining("has no cues");
        assertThatThrownBy(() -> arbitration("arbitration-mandatory", 4, List.of("Binding Arbitration")))
                .hasMessageContaining("must be lower-case");
        assertThatThrownBy(() -> arbitration("arbitration-mandatory", 4, List.of(" arbitrator")))
                .hasMessageContaining("must be lower-case text without surrounding spaces");
        assertThatThrownBy(() -> arbitration("arbitration-mandatory", 4, List.of("arbitrator", "arbitrator")))
                .hasMessageContaining("listed twice");
    }

    @Test
    void rejectsMissingOrRepeatedDocumentTypes() {
        assertThatThrownBy(() -> new Case("x", "T", Topic.DISPUTES, Sentiment.NEGATIVE, 3, "D.", List.of(),
                CaseMaps.NONE, List.of("cue"), Evidence.ANY))
                .hasMessageContaining("names no document type");
        assertThatThrownBy(() -> new Case("x", "T", Topic.DISPUTES, Sentiment.NEGATIVE, 3, "D.",
                List.of(DocumentType.TERMS, DocumentType.TERMS), CaseMaps.NONE, List.of("cue"), Evidence.ANY))
                .hasMessageContaining("lists a document type twice");
    }

    @Test
    void rejectsBlankTitleAndDescription() {
        assertThatThrownBy(() -> new Case("x", " ", Topic.DISPUTES, Sentiment.NEGATIVE, 3, "D.",
                List.of(DocumentType.TERMS), CaseMaps.NONE, List.of("cue"), Evidence.ANY))
                .hasMessageContaining("title must be non-blank");
        assertThatThrownBy(() -> new Case("x", "T", Topic.DISPUTES, Sentiment.NEGATIVE, 3, "",
                List.of(DocumentType.TERMS), CaseMaps.NONE, List.of("cue"), Evidence.ANY))
                .hasMessageContaining("description must be non-blank");
    }

    @Test
    void keepsItsOwnCopyOfTheLists() {
        List<String> cues = new ArrayList<>(List.of("arbitrator"));
        Case c = arbitration("arbitration-mandatory", 4, cues);

        cues.add("jams");

        assertThat(c.cues()).containsExactly("arbitrator");
        assertThatThrownBy(() -> c.cues().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}

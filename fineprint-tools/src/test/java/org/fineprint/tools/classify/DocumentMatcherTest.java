package org.fineprint.tools.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentMatcherTest {
    private static final String SHARED = "If you do not agree to these terms you may not access or use the services "
            + "in any way whatsoever and you must stop now.";

    private static LabeledSentence s(String corpus, String doc, String text) {
        return new LabeledSentence(corpus, doc, 0, text, Set.of());
    }

    @Test
    void matchesDocumentsByNormalisedNameAndBySharedText() {
        List<LabeledSentence> eval = List.of(
                s("tos50", "TripAdvisor", "Welcome to our site."),
                s("tos50", "musically", SHARED),
                s("tos50", "Other", "Something entirely different is written here about cookies and settings."));
        List<LabeledSentence> extra = List.of(
                s("ml", "Tripadvisor", "A newer version with other words."),
                s("ml", "TikTok", SHARED),
                s("ml", "Unrelated", "Nothing in common with any evaluation document at all, really nothing."));

        List<DocumentMatcher.Match> matches = DocumentMatcher.match(eval, extra);

        assertThat(DocumentMatcher.byExtraDoc(matches)).isEqualTo(Map.of(
                "Tripadvisor", Set.of("TripAdvisor"),
                "TikTok", Set.of("musically")));
        assertThat(matches).filteredOn(m -> m.extraDoc().equals("TikTok")).singleElement()
                .satisfies(m -> assertThat(m.sameName()).isFalse())
                .satisfies(m -> assertThat(m.shared()).isEqualTo(1.0));
    }

    @Test
    void groupsCopiesTogetherForInnerFolds() {
        List<LabeledSentence> eval = List.of(s("tos50", "musically", SHARED), s("tos50", "Other", "Cookies."));
        List<LabeledSentence> extra = List.of(s("ml", "TikTok", SHARED));

        Map<String, String> groups = ClaudetteCrossValidation.Groups.of(eval, List.of(extra));

        assertThat(groups.get("ml/TikTok")).isEqualTo(groups.get("tos50/musically"));
        assertThat(groups.get("tos50/Other")).isNotEqualTo(groups.get("tos50/musically"));
    }
}

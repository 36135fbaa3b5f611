package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed CLAUDETTE model, with the real encoder. */
class ClaudetteModelTest {
    private static Classifier classifier;

    @BeforeAll
    static void load() {
        classifier = Classifier.claudette();
    }

    @Test
    void hasTheLexGlueCategoriesAndTheEncoderItNames() {
        ClassifierModel model = classifier.model();

        assertThat(model.labels()).containsSubsequence("ltd", "ter", "ch", "cr", "use", "law", "j", "a");
        assertThat(model.encoder()).isEqualTo(OnnxEmbedder.BGE_SMALL_EN_V15_Q);
        assertThat(model.gate()).hasSameSizeAs(model.labels());
        assertThat(model.metadata()).containsKeys("trained", "data", "command");
    }

    @Test
    void labelsAnObviousArbitrationClause() {
        List<Prediction> p = classifier.classify(List.of(
                "Any dispute, claim or controversy arising out of or relating to these Terms shall be resolved "
                        + "exclusively by final and binding arbitration, and you waive your right to a jury trial."));

        assertThat(p.get(0).labels()).contains("a");
        assertThat(p.get(0).encoded()).isTrue();
    }

    @Test
    void givesNoLabelToANeutralSentence() {
        List<Prediction> p = classifier.classify(List.of("You can upload photos and share them with your friends."));

        assertThat(p.get(0).labels()).isEmpty();
    }

    @Test
    void labelsObviousClausesOfOtherCategories() {
        List<Prediction> p = classifier.classify(List.of(
                "These Terms shall be governed by the laws of the State of California.",
                "We may terminate or suspend your account at any time, for any reason, without notice.",
                "By using the Service you agree to be bound by these Terms."));

        assertThat(p.get(0).labels()).contains("law");
        assertThat(p.get(1).labels()).contains("ter");
        assertThat(p.get(2).labels()).contains("use");
    }
}

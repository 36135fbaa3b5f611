package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {

    @Test
    void embedsSimilarSentencesCloserThanUnrelatedOnes() {
        Embedder embedder = OnnxEmbedder.shared(OnnxEmbedder.BGE_SMALL_EN_V15_Q);

        float[][] v = embedder.embed(List.of(
                "Any dispute will be settled by binding arbitration.",
                "Disputes shall be resolved through arbitration.",
                "You can upload photos to your profile."));

        assertThat(v).hasNumberOfRows(3);
        assertThat(v[0]).hasSize(embedder.dimension());
        assertThat(dot(v[0], v[0])).isCloseTo(1.0, within(1e-3));
        assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]));
    }

    @Test
    void givesAZeroVectorForBlankText() {
        float[][] v = OnnxEmbedder.shared(OnnxEmbedder.BGE_SMALL_EN_V15_Q).embed(List.of("  "));

        assertThat(v[0]).hasSize(384).containsOnly(0f);
    }

    @Test
    void refusesAnUnknownEncoder() {
        assertThatThrownBy(() -> new OnnxEmbedder("gpt-17", 1))
                .isInstanceOf(ClassifierException.class)
                .hasMessageStartingWith("Classify failed: unknown encoder");
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * (double) b[i];
        }
        return s;
    }
}

package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearHeadTest {
    private static final LinearHead HEAD = new LinearHead("a", new float[] {1.2345678f, -0.3333333f, 0f}, -0.5f, 0.6f);
    private static final SparseVector X = new SparseVector(new int[] {0, 1}, new float[] {0.8f, 0.6f});

    @Test
    void givesTheLogisticOfTheScore() {
        double z = 1.2345678 * 0.8 - 0.3333333 * 0.6 - 0.5;

        assertThat(HEAD.probability(X)).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-6));
        assertThat(HEAD.accepts(X)).isEqualTo(HEAD.probability(X) >= 0.6);
    }

    @Test
    void keepsProbabilitiesWhenRoundedToHalfPrecision() {
        LinearHead half = HEAD.toHalfPrecision();

        assertThat(half.weights()[0]).isNotEqualTo(HEAD.weights()[0]).isCloseTo(1.2345678f, within(1e-3f));
        assertThat(half.probability(X)).isCloseTo(HEAD.probability(X), within(1e-3));
        assertThat(half.toHalfPrecision()).isEqualTo(half);
    }
}

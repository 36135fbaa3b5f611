package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThresholdsTest {
    private static final double[] SCORES = {0.9, 0.8, 0.7, 0.4, 0.3, 0.1};
    private static final boolean[] GOLD = {true, true, false, true, false, false};

    @Test
    void choosesTheThresholdWithTheBestF1HalfwayToTheNextScore() {
        Thresholds.Choice c = Thresholds.bestFBeta(SCORES, GOLD, 1.0);

        // cut after 0.8: P 1, R 2/3, F1 0.8; cut after 0.4: P 3/4, R 1, F1 0.857
        assertThat(c.fBeta()).isCloseTo(6.0 / 7.0, within(1e-9));
        assertThat(c.threshold()).isCloseTo(0.35, within(1e-9));
    }

    @Test
    void favoursPrecisionWithASmallBeta() {
        Thresholds.Choice c = Thresholds.bestFBeta(SCORES, GOLD, 0.5);

        assertThat(c.threshold()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void keepsTheAskedShareOfPositivesForTheGate() {
        assertThat(Thresholds.forRecall(SCORES, GOLD, 1.0)).isEqualTo(0.4);
        assertThat(Thresholds.forRecall(SCORES, GOLD, 0.6)).isEqualTo(0.8);
    }

    @Test
    void neverGivesALabelWithoutPositives() {
        boolean[] none = new boolean[SCORES.length];

        assertThat(Thresholds.bestFBeta(SCORES, none, 1.0).threshold()).isGreaterThan(1.0);
        assertThat(Thresholds.forRecall(SCORES, none, 0.9)).isGreaterThan(1.0);
    }
}

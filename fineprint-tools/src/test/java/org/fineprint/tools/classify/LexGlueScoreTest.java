package org.fineprint.tools.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexGlueScoreTest {

    @Test
    void scoresAHandMadeExampleWithANoneColumn() {
        List<Set<String>> gold = List.of(Set.of("a"), Set.of("b"), Set.of(), Set.of(), Set.of("a", "b"));
        List<Set<String>> predicted = List.of(Set.of("a"), Set.of(), Set.of("b"), Set.of(), Set.of("a"));

        LexGlueScore score = LexGlueScore.compute(List.of("a", "b"), gold, predicted);

        // a: tp 2 -> F1 1; b: tp 0, fp 1, fn 2 -> F1 0; none: tp 1 (row 4), fp 1 (row 2), fn 1 (row 3) -> F1 0.5
        assertThat(score.columns()).extracting(LexGlueScore.Column::name).containsExactly("a", "b", "none");
        assertThat(score.columns()).extracting(LexGlueScore.Column::f1).containsExactly(1.0, 0.0, 0.5);
        assertThat(score.macroF1()).isCloseTo(0.5, within(1e-12));
        // pooled: tp 3, fp 2, fn 3
        assertThat(score.microF1()).isCloseTo(6.0 / 11.0, within(1e-12));
        assertThat(score.columns().get(2).precision()).isEqualTo(0.5);
        assertThat(score.columns().get(1).support()).isEqualTo(2);
    }

    @Test
    void ignoresLabelsOutsideTheColumns() {
        List<Set<String>> gold = List.of(Set.of("pinc"), Set.of("a"));
        List<Set<String>> predicted = List.of(Set.of(), Set.of("a", "pinc"));

        LexGlueScore score = LexGlueScore.compute(List.of("a"), gold, predicted);

        assertThat(score.macroF1()).isEqualTo(1.0);
    }

    @Test
    void givesZeroToAColumnWithNothingGoldOrPredicted() {
        LexGlueScore score = LexGlueScore.compute(List.of("a"), List.of(Set.of()), List.of(Set.of()));

        assertThat(score.columns().get(0).f1()).isZero();
        assertThat(score.columns().get(1).f1()).isEqualTo(1.0);
    }
}

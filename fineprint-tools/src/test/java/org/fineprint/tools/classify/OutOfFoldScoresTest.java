package org.fineprint.tools.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutOfFoldScoresTest {
    private static double[] margins(double ltd, double ter) {
        return new double[] {ltd, ter, -1, -1, -1, -1, -1, -1};
    }

    @Test
    void predictsTheLabelsAboveZeroAndScoresThemWithTheLexGlueMeasure() {
        OutOfFoldScores scores = new OutOfFoldScores(List.of(
                new OutOfFoldScores.Row(1, "a", 0, Set.of("ltd"), margins(0.5, -2)),
                new OutOfFoldScores.Row(1, "a", 1, Set.of(), margins(-0.5, -2)),
                new OutOfFoldScores.Row(2, "b", 0, Set.of("ter"), margins(-1, 3))));
        assertThat(scores.rows().get(0).predicted()).containsExactly("ltd");
        assertThat(scores.rows().get(1).predicted()).isEmpty();
        LexGlueScore pooled = scores.score();
        assertThat(pooled.columns().get(0).f1()).isEqualTo(1.0);
        assertThat(pooled.columns().get(1).f1()).isEqualTo(1.0);
        assertThat(scores.byFold()).containsOnlyKeys(1, 2);
        assertThat(scores.byFold().get(2).rows()).isEqualTo(1);
    }

    @Test
    void addingMarginsLetsAConfidentClassifierOutvoteAnUnsureOne() {
        OutOfFoldScores a = new OutOfFoldScores(List.of(new OutOfFoldScores.Row(1, "a", 0, Set.of("ltd"), margins(-0.2, 1))));
        OutOfFoldScores b = new OutOfFoldScores(List.of(new OutOfFoldScores.Row(1, "a", 0, Set.of("ltd"), margins(2, -3))));
        assertThat(a.plus(b).rows().get(0).predicted()).containsExactly("ltd");
    }

    @Test
    void averagesTwoRunsAndKeepsTheAskedFolds() {
        OutOfFoldScores a = new OutOfFoldScores(List.of(new OutOfFoldScores.Row(1, "a", 0, Set.of(), margins(1, -3)),
                new OutOfFoldScores.Row(2, "b", 0, Set.of(), margins(0, 0))));
        OutOfFoldScores b = new OutOfFoldScores(List.of(new OutOfFoldScores.Row(1, "a", 0, Set.of(), margins(-2, 1)),
                new OutOfFoldScores.Row(2, "b", 0, Set.of(), margins(0, 0))));
        OutOfFoldScores mean = a.plus(b).times(0.5);
        assertThat(mean.rows().get(0).margins()[0]).isEqualTo(-0.5);
        assertThat(mean.rows().get(0).margins()[1]).isEqualTo(-1.0);
        assertThat(mean.folds(Set.of(2)).rows()).extracting(OutOfFoldScores.Row::doc).containsExactly("b");
        assertThat(mean.folds(Set.of()).rows()).hasSize(2);
    }

    @Test
    void refusesToAddScoresOfOtherSentencesOrFolds() {
        OutOfFoldScores a = new OutOfFoldScores(List.of(new OutOfFoldScores.Row(1, "a", 0, Set.of(), margins(0, 0))));
        OutOfFoldScores otherFold = new OutOfFoldScores(List.of(new OutOfFoldScores.Row(2, "a", 0, Set.of(), margins(0, 0))));
        OutOfFoldScores otherSentence = new OutOfFoldScores(List.of(new OutOfFoldScores.Row(1, "a", 1, Set.of(), margins(0, 0))));
        assertThatThrownBy(() -> a.plus(otherFold)).hasMessageContaining("same fold");
        assertThatThrownBy(() -> a.plus(otherSentence)).hasMessageContaining("a#0");
    }

    @Test
    void roundTripsThroughItsFileAndNamesTheLineOfABadOne(@TempDir Path dir) throws Exception {
        OutOfFoldScores scores = new OutOfFoldScores(List.of(
                new OutOfFoldScores.Row(3, "9gag", 12, Set.of("ter", "ch"), margins(-1.25, 0.5))));
        Path file = dir.resolve("scores.tsv");
        scores.write(file);
        assertThat(Files.readString(file)).startsWith("3\t9gag\t12\tch,ter\t-1.25\t0.5\t");
        OutOfFoldScores back = OutOfFoldScores.read(file);
        assertThat(back.rows().get(0).gold()).containsExactlyInAnyOrder("ter", "ch");
        assertThat(back.rows().get(0).margins()).containsExactly(margins(-1.25, 0.5));

        Files.writeString(file, "1\ta\t0\t\t0.5\n");
        assertThatThrownBy(() -> OutOfFoldScores.read(file)).hasMessageContaining(":1: expected 12");
    }
}

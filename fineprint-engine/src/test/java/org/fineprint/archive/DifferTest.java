package org.fineprint.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DifferTest {
    private final Differ differ = new Differ(1);

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    }

    @Test
    void findsNoChangeInTheSameText() {
        Change change = differ.diff("a\nb", "a\nb");
        assertThat(change.isEmpty()).isTrue();
        assertThat(change.linesAdded()).isZero();
        assertThat(change.linesRemoved()).isZero();
    }

    @Test
    void countsAddedAndRemovedLinesAndShowsThemWithContext() {
        Change change = differ.diff("a\nb\nc\nd", "a\nB\nc\nd\ne");
        assertThat(change.linesAdded()).isEqualTo(2);
        assertThat(change.linesRemoved()).isEqualTo(1);
        assertThat(change.toUnifiedDiff()).isEqualTo("""
                @@ -1,4 +1,5 @@
                 a
                -b
                +B
                 c
                 d
                +e
                """);
    }

    @Test
    void keepsDistantChangesInSeparateHunks() {
        Change change = differ.diff(lines(1, 10), lines(1, 10).replace("line 2", "line two").replace("line 9", "line nine"));
        assertThat(change.hunks()).hasSize(2);
        Change.Hunk first = change.hunks().getFirst();
        assertThat(first.oldStart()).isEqualTo(1);
        assertThat(first.oldCount()).isEqualTo(3);
        assertThat(first.lines()).extracting(Change.Line::kind).containsExactly(
                Change.Kind.CONTEXT, Change.Kind.REMOVED, Change.Kind.ADDED, Change.Kind.CONTEXT);
        assertThat(change.hunks().get(1).oldStart()).isEqualTo(8);
    }

    @Test
    void comparesAgainstAnEmptyVersion() {
        Change change = new Differ().diff("", "first\nsecond");
        assertThat(change.linesAdded()).isEqualTo(2);
        assertThat(change.toUnifiedDiff()).startsWith("@@ -0,0 +1,2 @@\n+first\n+second\n");
    }
}

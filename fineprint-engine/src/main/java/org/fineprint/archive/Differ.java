package org.fineprint.archive;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compares two versions line by line (Myers' algorithm, via java-diff-utils). */
public final class Differ {
    /** Unchanged lines shown around each change unless asked otherwise. */
    public static final int DEFAULT_CONTEXT = 3;

    private final int context;

    /** A differ that shows {@value #DEFAULT_CONTEXT} lines of context. */
    public Differ() {
        this(DEFAULT_CONTEXT);
    }

    /**
     * @param context unchanged lines kept before and after each change; changes closer than
     *     twice this share a hunk
     */
    public Differ(int context) {
        if (context < 0) {
            throw new IllegalArgumentException("context cannot be negative: " + context);
        }
        this.context = context;
    }

    /**
     * Computes the change from one version's text to the next.
     *
     * @param older the earlier text ({@code \n}-separated lines)
     * @param newer the later text
     * @return the lines added and removed, grouped into hunks with context
     */
    public Change diff(String older, String newer) {
        List<String> a = lines(older);
        List<String> b = lines(newer);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> d : deltas) {
            added += d.getTarget().size();
            removed += d.getSource().size();
        }
        return new Change(added, removed, hunks(a, b, deltas));
    }

    private List<Change.Hunk> hunks(List<String> a, List<String> b, List<AbstractDelta<String>> deltas) {
        List<Change.Hunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < deltas.size()) {
            // Group deltas whose context windows touch.
            int j = i;
            while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition()
                    - end(deltas.get(j)) <= 2 * context) {
                j++;
            }
            AbstractDelta<String> first = deltas.get(i);
            int oldFrom = Math.max(0, first.getSource().getPosition() - context);
            int newFrom = Math.max(0, first.getTarget().getPosition() - context);
            List<Change.Line> lines = new ArrayList<>();
            int oldPos = oldFrom;
            for (int k = i; k <= j; k++) {
                AbstractDelta<String> d = deltas.get(k);
                for (; oldPos < d.getSource().getPosition(); oldPos++) {
                    lines.add(new Change.Line(Change.Kind.CONTEXT, a.get(oldPos)));
                }
                for (String s : d.getSource().getLines()) {
                    lines.add(new Change.Line(Change.Kind.REMOVED, s));
                }
                for (String s : d.getTarget().getLines()) {
                    lines.add(new Change.Line(Change.Kind.ADDED, s));
                }
                oldPos = end(d);
            }
            int oldTo = Math.min(a.size(), oldPos + context);
            for (; oldPos < oldTo; oldPos++) {
                lines.add(new Change.Line(Change.Kind.CONTEXT, a.get(oldPos)));
            }
            int oldCount = 0;
            int newCount = 0;
            for (Change.Line line : lines) {
                if (line.kind() != Change.Kind.ADDED) {
                    oldCount++;
                }
                if (line.kind() != Change.Kind.REMOVED) {
                    newCount++;
                }
            }
            hunks.add(new Change.Hunk(oldCount == 0 ? oldFrom : oldFrom + 1, oldCount,
                    newCount == 0 ? newFrom : newFrom + 1, newCount, lines));
            i = j + 1;
        }
        return hunks;
    }

    private static int end(AbstractDelta<String> d) {
        return d.getSource().getPosition() + d.getSource().size();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}

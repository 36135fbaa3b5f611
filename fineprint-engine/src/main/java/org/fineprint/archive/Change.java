package org.fineprint.archive;

import java.util.List;

/**
 * The line-based difference between two versions of a document, for history pages and change
 * summaries.
 *
 * @param linesAdded lines present only in the newer version
 * @param linesRemoved lines present only in the older version
 * @param hunks the changed regions in order, each with a few lines of unchanged context
 */
public record Change(int linesAdded, int linesRemoved, List<Hunk> hunks) {
    public Change {
        hunks = List.copyOf(hunks);
        if (linesAdded < 0 || linesRemoved < 0) {
            throw new IllegalArgumentException("line counts cannot be negative");
        }
    }

    /** True when both versions have the same lines. */
    public boolean isEmpty() {
        return hunks.isEmpty();
    }

    /**
     * The change as a unified diff without file headers ({@code @@ -1,3 +1,4 @@} lines, then
     * {@code ' '}, {@code '-'} and {@code '+'} prefixed lines).
     */
    public String toUnifiedDiff() {
        StringBuilder s = new StringBuilder();
        for (Hunk h : hunks) {
            s.append("@@ -").append(h.oldStart()).append(',').append(h.oldCount())
                    .append(" +").append(h.newStart()).append(',').append(h.newCount()).append(" @@\n");
            for (Line line : h.lines()) {
                s.append(switch (line.kind()) {
                    case CONTEXT -> ' ';
                    case ADDED -> '+';
                    case REMOVED -> '-';
                }).append(line.text()).append('\n');
            }
        }
        return s.toString();
    }

    /**
     * One changed region.
     *
     * @param oldStart first line of the region in the older version, 1-based (0 when it is empty there)
     * @param oldCount lines of the region in the older version (context and removed)
     * @param newStart first line of the region in the newer version, 1-based (0 when it is empty there)
     * @param newCount lines of the region in the newer version (context and added)
     * @param lines context, removed and added lines in display order
     */
    public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Line> lines) {
        public Hunk {
            lines = List.copyOf(lines);
        }
    }

    /** One line of a hunk. */
    public record Line(Kind kind, String text) {
    }

    /** Whether a hunk line is unchanged context, or was added or removed. */
    public enum Kind {
        CONTEXT, ADDED, REMOVED
    }
}

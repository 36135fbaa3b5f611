package org.fineprint.analyze.llm;

import java.util.ArrayList;
import java.util.List;
import org.fineprint.analyze.segment.Clause;

/**
 * Cuts a document into parts that each fit a token budget, along its structure: a part ends
 * before a heading when it can, else between paragraphs or list items, else between two clauses;
 * never inside a clause. The parts are contiguous and cover the whole text, so every character is
 * read once. A clause that opens a line is cut before the line's Markdown markers, so a heading
 * starts its part with its {@code #}. Pure.
 */
final class Chunker {
    /** A cut is only looked for in the last half of the budget, so parts are never tiny. */
    private static final double MIN_FILL = 0.5;

    private Chunker() {
    }

    /**
     * A part of a document.
     *
     * @param index position from 0
     * @param start first character (inclusive)
     * @param end last character (exclusive)
     */
    record Chunk(int index, int start, int end) {
        String text(String documentText) {
            return documentText.substring(start, end);
        }
    }

    /**
     * Cuts a text into parts.
     *
     * @param text the document text
     * @param clauses its clauses (from {@link org.fineprint.analyze.segment.Segmenter})
     * @param budgetTokens the most estimated tokens a part may hold
     * @return the parts in order; one part when the text fits, none when the text is empty
     */
    static List<Chunk> chunk(String text, List<Clause> clauses, int budgetTokens) {
        List<Chunk> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        double[] prefix = new double[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            prefix[i + 1] = prefix[i] + Tokens.weight(text.charAt(i));
        }
        // Where a part may start, and how good a place it is: 2 before a heading, 1 at a new block.
        int[] cutAt = new int[clauses.size()];
        int[] rank = new int[clauses.size()];
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            // a clause that opens its line takes the line's markers ("## ", "- ", "1. ") with it
            int lineStart = text.lastIndexOf('\n', Math.max(0, c.start() - 1)) + 1;
            boolean opensLine = k == 0 ? lineStart <= c.start() : clauses.get(k - 1).end() <= lineStart;
            cutAt[k] = opensLine && lineStart <= c.start() ? lineStart : c.start();
            rank[k] = c.kind() == Clause.Kind.HEADING ? 2 : k > 0 && clauses.get(k - 1).block() != c.block() ? 1 : 0;
        }
        int start = 0;
        while (prefix[text.length()] - prefix[start] > budgetTokens) {
            int limit = lastWithin(prefix, start, budgetTokens);
            double minTokens = prefix[start] + budgetTokens * MIN_FILL;
            int best = -1;
            int bestRank = -1;
            int fallback = -1;
            for (int k = 0; k < clauses.size(); k++) {
                int at = cutAt[k];
                if (at <= start) {
                    continue;
                }
                if (at > limit) {
                    break;
                }
                fallback = at;
                if (prefix[at] >= minTokens && rank[k] >= bestRank) {
                    best = at;
                    bestRank = rank[k];
                }
            }
            int cut = best > 0 ? best : fallback > 0 ? fallback : Math.max(limit, start + 1);
            if (cut < text.length() && Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > start) {
                cut--; // never between the two halves of a character
            }
            out.add(new Chunk(out.size(), start, cut));
            start = cut;
        }
        out.add(new Chunk(out.size(), start, text.length()));
        return out;
    }

    /** The largest end such that [start, end) holds at most {@code budget} tokens. */
    private static int lastWithin(double[] prefix, int start, int budget) {
        int lo = start;
        int hi = prefix.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (prefix[mid] - prefix[start] <= budget) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}

package org.fineprint.analyze.segment;

import org.jspecify.annotations.Nullable;

/**
 * A span of a document's extracted text that the analyser reads as one unit: a sentence, a list
 * item, a table row or a heading. Offsets are UTF-16 code units into the {@code extract} text, so
 * {@code text.substring(start, end)} is the clause verbatim.
 *
 * @param index position of the clause in the document, from 0
 * @param start first character (inclusive)
 * @param end last character (exclusive)
 * @param kind what the clause is
 * @param section the nearest heading above the clause, or {@code null} before the first heading
 * @param block index of the paragraph, list item or heading the clause belongs to; sentences of
 *     one paragraph share it, so neighbours can be merged into one quote
 */
public record Clause(int index, int start, int end, Kind kind, @Nullable String section, int block) {

    /** What kind of text a clause is. */
    public enum Kind {
        HEADING, SENTENCE, LIST_ITEM, TABLE_ROW
    }

    public Clause {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("clause span must be non-empty: [" + start + ", " + end + ")");
        }
    }

    /** The clause's text, verbatim, cut from the document text it was segmented from. */
    public String text(String documentText) {
        return documentText.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}

package org.fineprint.analyze.point;

/**
 * A verbatim passage of a document that backs a point: {@code text} equals
 * {@code documentText.substring(start, end)}, offsets in UTF-16 code units.
 */
public record Quote(String text, int start, int end) {
    public Quote {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("quote span must be non-empty: [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("quote text length " + text.length() + " does not match its span ["
                    + start + ", " + end + ")");
        }
    }

    /** Cuts the quote out of a document's text. */
    public static Quote of(String documentText, int start, int end) {
        return new Quote(documentText.substring(start, end), start, end);
    }

    /** True when this quote is exactly the text at its offsets in {@code documentText}. */
    public boolean isVerbatimIn(String documentText) {
        return end <= documentText.length() && documentText.regionMatches(start, text, 0, text.length());
    }
}

package org.fineprint.extract;

import java.text.Normalizer.Form;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises extracted text so that invisible differences never reach hashes, diffs or quote
 * offsets. The result is a fixed point: {@code normalize(normalize(x)).equals(normalize(x))}.
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>CRLF, CR, NEL, U+2028 and U+2029 become LF.</li>
 *   <li>No-break and other Unicode spaces (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F,
 *       U+3000) and tabs become a plain space.</li>
 *   <li>Zero-width characters (U+200B–U+200D, U+2060, U+FEFF), left-to-right and right-to-left
 *       marks (U+200E, U+200F), soft hyphens (U+00AD), other control characters and unpaired
 *       surrogates are removed. Characters outside the BMP (emoji) are kept.</li>
 *   <li>Unicode NFC.</li>
 *   <li>Per line: empty Markdown links ({@code [](url)}) removed, runs of spaces after the
 *       line's indentation collapsed to one, trailing spaces trimmed; lines that are only an
 *       empty heading ({@code #}) or an empty list item ({@code *}, {@code -}, {@code 1.}) dropped.</li>
 *   <li>At most one blank line between blocks; no blank lines at the start or end, and no
 *       trailing newline.</li>
 * </ol>
 * Smart quotes, dashes and every visible character are kept as they are.
 */
public final class Normalizer {
    private static final Pattern EMPTY_LINK = Pattern.compile("\\[ *]\\([^()\\s]*\\)");
    private static final String MARKER = "(?:#{1,6}|[*+\\-•]|\\d{1,9}[.)]|>)";
    /** A line of nothing but markers: an empty heading or list item ("#", "*", "1.", "* 2."). */
    private static final Pattern EMPTY_MARKER_LINE = Pattern.compile(" *" + MARKER + "(?: +" + MARKER + ")*");

    private Normalizer() {
    }

    /**
     * Normalises text as described in the class comment.
     *
     * @param text any text, e.g. the Markdown-like output of an HTML conversion
     * @return the normalised text, without leading or trailing blank lines or a trailing newline
     */
    public static String normalize(String text) {
        String result = layout(nfc(mapCharacters(text)));
        // Dropping an empty link can bring a base letter next to a combining mark: compose again.
        while (!java.text.Normalizer.isNormalized(result, Form.NFC)) {
            result = layout(nfc(result));
        }
        return result;
    }

    private static String nfc(String text) {
        return java.text.Normalizer.isNormalized(text, Form.NFC)
                ? text : java.text.Normalizer.normalize(text, Form.NFC);
    }

    /** Line endings, spaces, invisible and control characters (steps 1 to 3). */
    private static String mapCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                }
                continue; // an unpaired surrogate is dropped
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u0085', '\u2028', '\u2029' -> out.append('\n');
                case '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD' -> {
                }
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out.append(' ');
                    } else if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Per-line clean-up and blank-line layout (steps 5 and 6). */
    private static String layout(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingBlank = false;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = cleanLine(text.substring(start, end));
            if (line.isEmpty()) {
                pendingBlank = out.length() > 0;
            } else {
                if (out.length() > 0) {
                    out.append(pendingBlank ? "\n\n" : "\n");
                }
                out.append(line);
                pendingBlank = false;
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String cleanLine(String line) {
        if (line.indexOf('[') >= 0) {
            String before;
            do {
                before = line;
                line = EMPTY_LINK.matcher(line).replaceAll("");
            } while (!line.equals(before));
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent == line.length()) {
            return "";
        }
        StringBuilder s = new StringBuilder(line.length());
        s.append(line, 0, indent);
        boolean space = false;
        for (int i = indent; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                space = true;
            } else {
                if (space) {
                    s.append(' ');
                    space = false;
                }
                s.append(c);
            }
        }
        String cleaned = s.toString();
        Matcher empty = EMPTY_MARKER_LINE.matcher(cleaned);
        return empty.matches() ? "" : cleaned;
    }
}

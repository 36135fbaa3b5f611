package org.fineprint.analyze.point;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where a quote someone else produced (a language model, a curator) sits in a document's
 * text, and returns it as a {@link Quote} cut from that text, so the quote is verbatim by
 * construction: {@code quote.text().equals(text.substring(quote.start(), quote.end()))}.
 *
 * <p>Tried in order, the first level that finds the quote wins:
 * <ol>
 *   <li><b>Exact</b>: the quote, without surrounding white space, as it is.</li>
 *   <li><b>Normalised</b>: both sides compared with runs of white space (also no-break and other
 *       Unicode spaces) made one space, curly and angle quotes made straight, the dash family made
 *       {@code -}, {@code …} made {@code ...}, Markdown markup the extractor keeps (emphasis
 *       {@code *} and {@code _}, escapes, link brackets and link targets) ignored, and case
 *       folded code point by code point. The match is mapped back to exact offsets in the
 *       original text, also for characters outside the Basic Multilingual Plane.</li>
 *   <li><b>Trimmed</b>: as above, without punctuation the quote was wrapped in.</li>
 *   <li><b>Elided</b>: a quote shortened with {@code ...}, {@code …} or {@code [...]} is found
 *       piece by piece, in order, each piece at most {@link #MAX_ELISION_GAP} characters after
 *       the previous one; the result covers the whole passage, elided words included.</li>
 * </ol>
 * When a quote occurs several times, the occurrence nearest the hint (the part of the document
 * the quote was taken from) wins, even over an exact match farther away; without a hint, the
 * first. Quotes shorter than
 * {@link #MIN_QUOTE_CHARS} (once normalised) prove nothing and are never located.
 *
 * <p>Build one locator per document text and reuse it: the normalised index is made once.
 * Immutable and thread-safe.
 */
public final class QuoteLocator {
    /** A quote needs at least this many characters (normalised) to be located. */
    public static final int MIN_QUOTE_CHARS = 12;
    /** The most characters an elision may stand for between two pieces of a quote. */
    public static final int MAX_ELISION_GAP = 2000;

    private static final Pattern ELISION = Pattern.compile("\\s*(?:\\[\\s*\\.\\.\\.\\s*\\]|\\(\\s*\\.\\.\\.\\s*\\)|\\.{3,})\\s*");
    /** Pieces of an elided quote shorter than this are ignored (a stray word between two ellipses). */
    private static final int MIN_PIECE_CHARS = 4;

    private final String text;
    private final Folded folded;

    /**
     * Prepares a locator for one document.
     *
     * @param text the document's extracted text, exactly as reports index it
     */
    public QuoteLocator(String text) {
        this.text = text;
        this.folded = Folded.of(text);
    }

    /** The text quotes are located in. */
    public String text() {
        return text;
    }

    /**
     * Locates a quote, preferring its first occurrence.
     *
     * @param quote the quote as given (surrounding white space is ignored)
     * @return the quote cut from the text, or empty when it cannot be found or is too short
     */
    public Optional<Quote> locate(String quote) {
        return locate(quote, 0, 0);
    }

    /**
     * Locates a quote, preferring the occurrence nearest a part of the text.
     *
     * @param quote the quote as given (surrounding white space is ignored)
     * @param hintStart start of the part the quote was taken from (UTF-16 offset)
     * @param hintEnd end of that part (exclusive); an occurrence inside [hintStart, hintEnd) is
     *     at distance 0
     * @return the quote cut from the text, or empty when it cannot be found or is too short
     */
    public Optional<Quote> locate(String quote, int hintStart, int hintEnd) {
        String wanted = quote.strip();
        Folded needle = Folded.of(wanted);
        String core = needle.chars.strip();
        if (core.length() < MIN_QUOTE_CHARS) {
            return Optional.empty();
        }
        Hint hint = new Hint(hintStart, Math.max(hintStart, hintEnd));
        int exact = nearest(text, wanted, hint, false);
        if (exact >= 0 && hint.distance(exact) == 0) {
            return Optional.of(Quote.of(text, exact, exact + wanted.length()));
        }
        Optional<Quote> normalised = locateFolded(core, hint);
        if (exact >= 0 && (normalised.isEmpty() || hint.distance(exact) <= hint.distance(normalised.get().start()))) {
            return Optional.of(Quote.of(text, exact, exact + wanted.length()));
        }
        if (normalised.isPresent()) {
            return normalised;
        }
        String trimmed = trimPunctuation(core);
        boolean wrapped = trimmed.length() >= MIN_QUOTE_CHARS && !trimmed.equals(core);
        if (wrapped) {
            Optional<Quote> found = locateFolded(trimmed, hint);
            if (found.isPresent()) {
                return found;
            }
        }
        Optional<Quote> elided = locateElided(core, hint);
        return elided.isPresent() || !wrapped ? elided : locateElided(trimmed, hint);
    }

    private Optional<Quote> locateFolded(String needle, Hint hint) {
        int at = nearest(folded.chars, needle, hint, true);
        return at < 0 ? Optional.empty() : Optional.of(span(at, at + needle.length()));
    }

    private Optional<Quote> locateElided(String needle, Hint hint) {
        List<String> pieces = new ArrayList<>();
        String[] parts = ELISION.split(needle);
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k].strip();
            // punctuation next to an ellipsis is the quoter's, not the document's
            p = k == 0 ? trimPunctuationEnd(p) : k == parts.length - 1 ? trimPunctuationStart(p) : trimPunctuation(p);
            if (p.length() >= MIN_PIECE_CHARS) {
                pieces.add(p);
            }
        }
        if (pieces.size() < 2 || pieces.stream().mapToInt(String::length).sum() < MIN_QUOTE_CHARS) {
            return Optional.empty();
        }
        List<Integer> firsts = occurrences(folded.chars, pieces.getFirst());
        firsts.sort(java.util.Comparator.comparingInt((Integer i) -> hint.distance(folded.start[i])).thenComparingInt(i -> i));
        for (int first : firsts) {
            int end = first + pieces.getFirst().length();
            boolean complete = true;
            for (String piece : pieces.subList(1, pieces.size())) {
                int next = folded.chars.indexOf(piece, end);
                if (next < 0 || next - end > MAX_ELISION_GAP) {
                    complete = false;
                    break;
                }
                end = next + piece.length();
            }
            if (complete) {
                return Optional.of(span(first, end));
            }
        }
        return Optional.empty();
    }

    /** The quote for folded range [from, to), cut from the original text. */
    private Quote span(int from, int to) {
        return Quote.of(text, folded.start[from], folded.end[to - 1]);
    }

    /** The occurrence of {@code needle} nearest the hint, or -1. */
    private int nearest(String haystack, String needle, Hint hint, boolean foldedOffsets) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int distance = hint.distance(foldedOffsets ? folded.start[at] : at);
            if (distance < bestDistance) {
                best = at;
                bestDistance = distance;
                if (distance == 0) {
                    break;
                }
            }
        }
        return best;
    }

    private static List<Integer> occurrences(String haystack, String needle) {
        List<Integer> out = new ArrayList<>();
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            out.add(at);
        }
        return out;
    }

    /** The text without leading and trailing characters that are neither letters nor digits. */
    private static String trimPunctuation(String s) {
        return trimPunctuationEnd(trimPunctuationStart(s));
    }

    private static String trimPunctuationStart(String s) {
        int from = 0;
        while (from < s.length() && !Character.isLetterOrDigit(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        return s.substring(from);
    }

    private static String trimPunctuationEnd(String s) {
        int to = s.length();
        while (to > 0 && !Character.isLetterOrDigit(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        return s.substring(0, to);
    }

    /** Where a quote was taken from; distances are measured to this range. */
    private record Hint(int start, int end) {
        int distance(int at) {
            if (at >= start && at < end) {
                return 0;
            }
            return at < start ? start - at : at - end + 1;
        }
    }

    /**
     * A text folded for lenient matching, with each folded UTF-16 unit mapped back to the original
     * code point it came from: {@code start[i]} is where that code point begins, {@code end[i]}
     * where it ends.
     */
    private record Folded(String chars, int[] start, int[] end) {

        static Folded of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] start = new int[s.length() + 8];
            int[] end = new int[s.length() + 8];
            int n = 0;
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (cp == ']' && next < s.length() && s.charAt(next) == '(') {
                    int close = s.indexOf(')', next);
                    int newline = s.indexOf('\n', next);
                    if (close > 0 && close - next < 2048 && (newline < 0 || newline > close)) {
                        i = close + 1; // a Markdown link target: "[text](url)" reads as "text"
                        continue;
                    }
                }
                String replacement = fold(cp, s, i, next);
                if (replacement.isEmpty()) {
                    i = next;
                    continue;
                }
                if (replacement.equals(" ") && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
                    if (!out.isEmpty()) {
                        end[n - 1] = next; // the collapsed run of space ends here
                    }
                    i = next;
                    continue;
                }
                for (int k = 0; k < replacement.length(); k++) {
                    if (n == start.length) {
                        start = java.util.Arrays.copyOf(start, n * 2);
                        end = java.util.Arrays.copyOf(end, n * 2);
                    }
                    out.append(replacement.charAt(k));
                    start[n] = i;
                    end[n] = next;
                    n++;
                }
                i = next;
            }
            return new Folded(out.toString(), start, end);
        }

        /** What one code point becomes: itself lower-cased, a plain equivalent, or nothing. */
        private static String fold(int cp, String s, int at, int next) {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return " ";
            }
            switch (cp) {
                case '*', '_', '[', ']', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad' -> {
                    return "";
                }
                case '\\' -> {
                    return next < s.length() && isMarkdownPunctuation(s.charAt(next)) ? "" : "\\";
                }
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`' -> {
                    return "'";
                }
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb', '\u2039', '\u203a' -> {
                    return "\"";
                }
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d' -> {
                    return "-";
                }
                case '\u2026' -> {
                    return "...";
                }
                default -> {
                    return Character.toString(Character.toLowerCase(cp));
                }
            }
        }

        private static boolean isMarkdownPunctuation(char c) {
            return "\\`*_{}[]()#+-.!|<>~\"'".indexOf(c) >= 0;
        }
    }
}

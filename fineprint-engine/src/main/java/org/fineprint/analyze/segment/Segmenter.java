package org.fineprint.analyze.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits extracted text into clauses: headings, list items, table rows and sentences, each with
 * exact offsets into the text. It respects the structure {@code extract} keeps (Markdown headings,
 * numbered clauses, list items, tables as rows) and copes with ALL-CAPS legal blocks and very long
 * sentences, which it cuts at semicolons or enumerations so no clause grows past
 * {@link #MAX_CLAUSE_CHARS}.
 *
 * <p>Pure and thread-safe: the same text always gives the same clauses.
 */
public final class Segmenter {
    /** Clauses longer than this are cut at the best boundary found. */
    public static final int MAX_CLAUSE_CHARS = 600;
    /** Pieces shorter than this are not cut off a long sentence on their own. */
    static final int MIN_PIECE_CHARS = 60;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^\\s*(?:[-*+•·▪◦]|\\d{1,3}(?:\\.\\d{1,3})*[.)]|\\(?[a-zA-Z][.)]|\\([a-zA-Z]{1,2}\\)|\\(?[ivxIVX]{1,5}[.)]|\\([ivxIVX]{1,5}\\))\\s+");
    /** A numbered heading such as "1. ACCEPTANCE OF TERMS" or "12.3 Governing law". */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(?:(?:article|section|part|chapter)\\s+)?[0-9IVX]{1,4}(?:\\.\\d{1,3})*\\.?\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE);
    /** A line of three or more - = * or _ only: a thematic break, or the underline of a setext heading. */
    private static final Pattern RULE = Pattern.compile("([-=*_])(\\s*\\1){2,}");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern ENUMERATION_START = Pattern.compile("\\s(?:\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|\\(?\\d{1,2}\\))\\s");

    /** Words that end with a period without ending a sentence (lower case, without the period). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "v", "cf", "al", "inc", "ltd", "co", "corp", "llc", "plc", "no", "nos",
            "art", "arts", "sec", "secs", "para", "paras", "pp", "p", "mr", "mrs", "ms", "dr", "st", "jr", "sr",
            "u.s", "u.k", "e.u", "u.s.a", "approx", "incl", "esp", "fig", "min", "max", "dept", "est", "govt",
            "viz", "ca", "resp", "ref", "reg", "nr", "tel", "ph", "ext", "gmbh", "s.a", "s.l", "b.v", "n.v", "pte", "pty", "mt", "ave", "blvd",
            "cal", "civ", "stat", "ann", "rev", "bus", "prof", "subd", "proc", "seq", "u.s.c", "c.f.r");

    /**
     * Segments a document.
     *
     * @param text the extracted text (as {@code fineprint extract} prints it)
     * @return the clauses in document order
     */
    public List<Clause> segment(String text) {
        Builder out = new Builder();
        int lineStart = 0;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int n = text.length();
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            String line = text.substring(lineStart, lineEnd);
            LineKind kind = classify(line);
            if (kind == LineKind.RULE && paragraphStart >= 0 && text.lastIndexOf('\n', paragraphEnd - 1) < paragraphStart) {
                // A one-line paragraph underlined with --- or === is a (setext) heading.
                heading(text, paragraphStart, paragraphEnd, out);
                paragraphStart = -1;
            }
            if (kind != LineKind.TEXT && paragraphStart >= 0) {
                paragraph(text, paragraphStart, paragraphEnd, out);
                paragraphStart = -1;
            }
            switch (kind) {
                case BLANK, RULE -> { }
                case HEADING -> heading(text, lineStart, lineEnd, out);
                case LIST_ITEM -> listItem(text, lineStart, lineEnd, out);
                case TABLE_ROW -> tableRow(text, lineStart, lineEnd, isTableSeparator(text, lineEnd), out);
                case TABLE_SEPARATOR -> { }
                case TEXT -> {
                    if (paragraphStart < 0) {
                        paragraphStart = lineStart;
                    }
                    paragraphEnd = lineEnd;
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (paragraphStart >= 0) {
            paragraph(text, paragraphStart, paragraphEnd, out);
        }
        return out.clauses;
    }

    private enum LineKind { BLANK, RULE, HEADING, LIST_ITEM, TABLE_ROW, TABLE_SEPARATOR, TEXT }

    private static LineKind classify(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return LineKind.BLANK;
        }
        if (RULE.matcher(t).matches()) {
            return LineKind.RULE;
        }
        if (MARKDOWN_HEADING.matcher(t).find()) {
            return LineKind.HEADING;
        }
        if (t.startsWith("|")) {
            return TABLE_SEPARATOR.matcher(t).matches() ? LineKind.TABLE_SEPARATOR : LineKind.TABLE_ROW;
        }
        if (looksLikeTitle(t)) {
            return LineKind.HEADING;
        }
        if (LIST_MARKER.matcher(line).find()) {
            return LineKind.LIST_ITEM;
        }
        return LineKind.TEXT;
    }

    /** A short standalone line without final punctuation that is numbered or in capitals. */
    static boolean looksLikeTitle(String t) {
        if (t.length() > 90 || t.length() < 3) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '?' || last == '!') {
            return false;
        }
        if (t.split("\\s+").length > 12) {
            return false;
        }
        if (NUMBERED_TITLE.matcher(t).matches() && Character.isUpperCase(firstLetter(t))) {
            return true;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper == letters;
    }

    private static char firstLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return ' ';
    }

    private void heading(String text, int start, int end, Builder out) {
        Matcher m = MARKDOWN_HEADING.matcher(text.substring(start, end).stripLeading());
        int lead = indent(text, start, end);
        int s = start + lead + (m.find() ? m.end() : 0);
        int[] span = trim(text, s, end);
        if (span != null) {
            String title = stripMarkup(text.substring(span[0], span[1]));
            out.section = title.isBlank() ? out.section : title;
            out.add(span[0], span[1], Clause.Kind.HEADING, true);
        }
    }

    private void listItem(String text, int start, int end, Builder out) {
        Matcher m = LIST_MARKER.matcher(text.substring(start, end));
        int s = start + (m.find() ? m.end() : 0);
        out.newBlock();
        sentences(text, s, end, Clause.Kind.LIST_ITEM, out);
    }

    /** Whether the line after the one ending at {@code lineEnd} separates a table's header from its body. */
    private static boolean isTableSeparator(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return false;
        }
        int next = text.indexOf('\n', lineEnd + 1);
        return classify(text.substring(lineEnd + 1, next < 0 ? text.length() : next)) == LineKind.TABLE_SEPARATOR;
    }

    /** A table row; the header row (followed by the |---| line) heads its table like a heading. */
    private void tableRow(String text, int start, int end, boolean header, Builder out) {
        int[] span = trim(text, start, end);
        if (span == null) {
            return;
        }
        int s = span[0];
        int e = span[1];
        while (s < e && (text.charAt(s) == '|' || Character.isWhitespace(text.charAt(s)))) {
            s++;
        }
        while (e > s && (text.charAt(e - 1) == '|' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        if (e > s) {
            out.newBlock();
            out.add(s, e, header ? Clause.Kind.HEADING : Clause.Kind.TABLE_ROW, false);
        }
    }

    private void paragraph(String text, int start, int end, Builder out) {
        out.newBlock();
        sentences(text, start, end, Clause.Kind.SENTENCE, out);
    }

    /** Splits [start, end) into sentences, then cuts overlong ones. */
    private void sentences(String text, int start, int end, Clause.Kind kind, Builder out) {
        int s = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, end)) {
                int e = i + 1;
                while (e < end && isCloser(text.charAt(e))) {
                    e++;
                }
                emit(text, s, e, kind, out);
                s = e;
                i = e - 1;
            }
        }
        emit(text, s, end, kind, out);
    }

    private void emit(String text, int start, int end, Clause.Kind kind, Builder out) {
        int[] span = trim(text, start, end);
        if (span == null || !hasLetterOrDigit(text, span[0], span[1])) {
            return;
        }
        for (int[] piece : cut(text, span[0], span[1])) {
            out.add(piece[0], piece[1], kind, false);
        }
    }

    /** Cuts an overlong span at semicolons, then enumerations, then commas, then spaces. */
    static List<int[]> cut(String text, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        int s = start;
        while (end - s > MAX_CLAUSE_CHARS) {
            int at = bestCut(text, s, end);
            int[] span = trim(text, s, at);
            if (span != null) {
                pieces.add(span);
            }
            s = at;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        int[] last = trim(text, s, end);
        if (last != null) {
            pieces.add(last);
        }
        return pieces;
    }

    private static int bestCut(String text, int s, int end) {
        int limit = Math.min(end, s + MAX_CLAUSE_CHARS);
        int min = s + MIN_PIECE_CHARS;
        int best = lastIndexOf(text, "; ", min, limit, 1);
        if (best < 0) {
            Matcher m = ENUMERATION_START.matcher(text).region(min, limit);
            int found = -1;
            while (m.find()) {
                found = m.start() + 1;
            }
            best = found;
        }
        if (best < 0) {
            best = lastIndexOf(text, ": ", min, limit, 1);
        }
        if (best < 0) {
            best = lastIndexOf(text, ", ", min, limit, 1);
        }
        if (best < 0) {
            best = lastIndexOf(text, " ", min, limit, 0);
        }
        return best < 0 ? limit : best;
    }

    /** Last occurrence of {@code needle} starting in [from, to), returned as index + {@code keep}. */
    private static int lastIndexOf(String text, String needle, int from, int to, int keep) {
        int i = text.lastIndexOf(needle, to - needle.length());
        return i >= from ? i + keep : -1;
    }

    /** True when the terminator at {@code i} ends a sentence. */
    private static boolean endsSentence(String text, int i, int end) {
        int j = i + 1;
        while (j < end && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= end) {
            return false;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < end && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= end) {
            return false;
        }
        char next = text.charAt(j);
        boolean startsSentence = Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next)
                || next == '*' || next == '[' || Character.isHighSurrogate(next);
        if (!startsSentence) {
            return false;
        }
        return text.charAt(i) != '.' || !isAbbreviation(text, i);
    }

    private static boolean isAbbreviation(String text, int period) {
        int k = period;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, period).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(k))) {
            return true; // an initial: "J. Smith", "U. S."
        }
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»' || c == '*';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '“' || c == '‘' || c == '«';
    }

    private static int indent(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - start;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The span without surrounding whitespace, or {@code null} when nothing is left. */
    private static int @Nullable [] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new int[] {start, end} : null;
    }

    /** Plain reading text of a clause: Markdown links, images, emphasis and escapes removed. */
    public static String stripMarkup(String s) {
        return Markup.strip(s);
    }

    /** Collects clauses and tracks the current section and block. */
    private static final class Builder {
        final List<Clause> clauses = new ArrayList<>();
        @Nullable String section;
        int block = -1;

        void newBlock() {
            block++;
        }

        void add(int start, int end, Clause.Kind kind, boolean ownBlock) {
            if (ownBlock) {
                newBlock();
            }
            clauses.add(new Clause(clauses.size(), start, end, kind, section, Math.max(block, 0)));
        }
    }
}

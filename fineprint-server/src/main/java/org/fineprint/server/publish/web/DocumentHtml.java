package org.fineprint.server.publish.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders an archived text (the extractor's Markdown-like output) as safe HTML for the document
 * viewer: headings, paragraphs, bullet and numbered lists, block quotes, tables, rules, bold text
 * and links. Every character of the text is HTML-escaped; only http(s) links become links (never
 * {@code javascript:} or any other scheme), so a text holding {@code <script>} or
 * {@code <img onerror>} shows them as text.
 *
 * <p>Quoted passages are highlighted with {@code <mark>} at their exact offsets in the text. Spans
 * may overlap, repeat, cross inline markup or run over several blocks: the marks are cut wherever an
 * element starts or ends, so the HTML stays well nested, and the first piece of each passage
 * carries its anchor id (nested marks when several passages start at the same place).
 */
final class DocumentHtml {
    private static final Pattern HEADING = Pattern.compile("(#{1,6})[ \\t]+(.*?)[ \\t#]*");
    private static final Pattern RULE = Pattern.compile(" {0,3}([-*_])( *\\1){2,} *");
    private static final Pattern LIST_ITEM = Pattern.compile("( *)([-*+]|(\\d{1,4})[.)])[ \\t]+(\\S.*)");
    private static final Pattern QUOTE = Pattern.compile(">[ \\t]?(.*)");
    private static final Pattern TABLE_ROW = Pattern.compile("\\|.*\\|[ \\t]*");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?[ \\t:|-]*-[ \\t:|-]*\\|?[ \\t]*");
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /**
     * A passage to highlight.
     *
     * @param start first character, an offset into the text (UTF-16 units)
     * @param end one past the last character
     * @param cssClass class naming the passage, e.g. {@code q-3-1}; every piece of the passage has it
     * @param id the anchor id given to the passage's first piece (e.g. {@code point-3}), or null
     * @param sentiment {@code positive}, {@code negative} or {@code neutral}, for the colour
     */
    record Highlight(int start, int end, String cssClass, @Nullable String id, String sentiment) {
        Highlight {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad highlight span [" + start + ", " + end + ")");
            }
        }
    }

    private final String text;
    private final List<Highlight> highlights;
    private final @Nullable URI base;
    private final StringBuilder out = new StringBuilder();
    private final Set<Highlight> anchored = new HashSet<>();
    private int openMarks;
    /** Sorted distinct highlight boundaries. */
    private final int[] boundaries;

    private DocumentHtml(String text, List<Highlight> highlights, @Nullable URI base) {
        this.text = text;
        this.base = base;
        this.highlights = highlights.stream()
                .filter(h -> h.start() < text.length() && h.end() > h.start())
                .map(h -> h.end() > text.length() ? new Highlight(h.start(), text.length(), h.cssClass(), h.id(),
                        h.sentiment()) : h)
                .sorted(Comparator.comparingInt(Highlight::start).thenComparing(h -> -h.end()))
                .toList();
        this.boundaries = this.highlights.stream().flatMapToInt(h -> java.util.stream.IntStream.of(h.start(), h.end()))
                .distinct().sorted().toArray();
    }

    /**
     * Renders a text.
     *
     * @param text the archived text; offsets index into it
     * @param highlights passages to mark
     * @param base the document's address, to resolve relative links against; null to drop them
     * @return HTML for the inside of an {@code <article>}
     */
    static String render(String text, List<Highlight> highlights, @Nullable URI base) {
        DocumentHtml html = new DocumentHtml(text, highlights, base);
        html.blocks();
        return html.out.toString();
    }

    // ---- blocks ---------------------------------------------------------------------------------

    private void blocks() {
        List<int[]> lines = lines();
        int i = 0;
        while (i < lines.size()) {
            int start = lines.get(i)[0];
            int end = lines.get(i)[1];
            String line = text.substring(start, end);
            if (line.isBlank()) {
                i++;
                continue;
            }
            Matcher m;
            if ((m = HEADING.matcher(line)).matches()) {
                int level = Math.min(6, m.group(1).length() + 1);
                out.append("<h").append(level).append('>');
                inline(start + m.start(2), start + m.end(2), true);
                out.append("</h").append(level).append(">\n");
                i++;
            } else if (RULE.matcher(line).matches()) {
                out.append("<hr>\n");
                i++;
            } else if (LIST_ITEM.matcher(line).matches()) {
                i = list(lines, i);
            } else if (QUOTE.matcher(line).matches()) {
                out.append("<blockquote><p>");
                boolean first = true;
                while (i < lines.size() && (m = QUOTE.matcher(text.substring(lines.get(i)[0], lines.get(i)[1])))
                        .matches()) {
                    if (!first) {
                        out.append("<br>\n");
                    }
                    inline(lines.get(i)[0] + m.start(1), lines.get(i)[0] + m.end(1), true);
                    first = false;
                    i++;
                }
                out.append("</p></blockquote>\n");
            } else if (TABLE_ROW.matcher(line).matches()) {
                i = table(lines, i);
            } else {
                out.append("<p>");
                boolean first = true;
                while (i < lines.size() && isParagraphLine(lines.get(i))) {
                    if (!first) {
                        out.append("<br>\n");
                    }
                    int[] l = lines.get(i);
                    inline(l[0] + leadingSpaces(l), l[1], true);
                    first = false;
                    i++;
                }
                out.append("</p>\n");
            }
        }
    }

    private boolean isParagraphLine(int[] line) {
        String s = text.substring(line[0], line[1]);
        return !s.isBlank() && !HEADING.matcher(s).matches() && !RULE.matcher(s).matches()
                && !LIST_ITEM.matcher(s).matches() && !QUOTE.matcher(s).matches() && !TABLE_ROW.matcher(s).matches();
    }

    private int leadingSpaces(int[] line) {
        int n = 0;
        while (line[0] + n < line[1] && (text.charAt(line[0] + n) == ' ' || text.charAt(line[0] + n) == '\t')) {
            n++;
        }
        return n;
    }

    /** Consecutive list items of one kind; indented lines that are not items continue the item. */
    private int list(List<int[]> lines, int i) {
        Matcher first = LIST_ITEM.matcher(text.substring(lines.get(i)[0], lines.get(i)[1]));
        first.matches();
        boolean ordered = first.group(3) != null;
        out.append(ordered ? "<ol>\n" : "<ul>\n");
        while (i < lines.size()) {
            int[] l = lines.get(i);
            Matcher m = LIST_ITEM.matcher(text.substring(l[0], l[1]));
            if (!m.matches() || (m.group(3) != null) != ordered) {
                break;
            }
            int indent = m.group(1).length() / 2;
            out.append("<li");
            if (ordered) {
                out.append(" value=\"").append(Integer.parseInt(m.group(3))).append('"');
            }
            if (indent > 0) {
                out.append(" class=\"indent-").append(Math.min(indent, 4)).append('"');
            }
            out.append('>');
            inline(l[0] + m.start(4), l[1], true);
            i++;
            while (i < lines.size() && isParagraphLine(lines.get(i)) && leadingSpaces(lines.get(i)) > 0) {
                out.append("<br>\n");
                inline(lines.get(i)[0] + leadingSpaces(lines.get(i)), lines.get(i)[1], true);
                i++;
            }
            out.append("</li>\n");
        }
        out.append(ordered ? "</ol>\n" : "</ul>\n");
        return i;
    }

    /** Consecutive {@code | a | b |} rows; the first row is the header when a {@code |---|} rule follows it. */
    private int table(List<int[]> lines, int i) {
        out.append("<div class=\"table\"><table>\n");
        boolean header = i + 1 < lines.size()
                && TABLE_RULE.matcher(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1])).matches();
        boolean firstRow = true;
        while (i < lines.size() && TABLE_ROW.matcher(text.substring(lines.get(i)[0], lines.get(i)[1])).matches()) {
            int[] l = lines.get(i);
            i++;
            if (TABLE_RULE.matcher(text.substring(l[0], l[1])).matches()) {
                continue;
            }
            String cell = header && firstRow ? "th" : "td";
            out.append("<tr>");
            for (int[] c : cells(l[0], l[1])) {
                out.append('<').append(cell).append('>');
                inline(c[0], c[1], true);
                out.append("</").append(cell).append('>');
            }
            out.append("</tr>\n");
            firstRow = false;
        }
        out.append("</table></div>\n");
        return i;
    }

    /** The cells of a table row between unescaped pipes, trimmed. */
    private List<int[]> cells(int start, int end) {
        List<Integer> pipes = new ArrayList<>();
        for (int p = start; p < end; p++) {
            if (text.charAt(p) == '\\') {
                p++;
            } else if (text.charAt(p) == '|') {
                pipes.add(p);
            }
        }
        List<int[]> cells = new ArrayList<>();
        for (int k = 0; k + 1 < pipes.size(); k++) {
            int a = pipes.get(k) + 1;
            int b = pipes.get(k + 1);
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            cells.add(new int[] {a, b});
        }
        return cells;
    }

    private List<int[]> lines() {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int p = 0; p <= text.length(); p++) {
            if (p == text.length() || text.charAt(p) == '\n') {
                int end = p > start && text.charAt(p - 1) == '\r' ? p - 1 : p;
                lines.add(new int[] {start, end});
                start = p + 1;
            }
        }
        return lines;
    }

    // ---- inline ---------------------------------------------------------------------------------

    /** Renders [start, end) with bold, links and escapes; {@code links} is false inside a link's text. */
    private void inline(int start, int end, boolean links) {
        int run = start;
        boolean strong = false;
        int p = start;
        while (p < end) {
            char c = text.charAt(p);
            if (c == '\\' && p + 1 < end && PUNCTUATION.indexOf(text.charAt(p + 1)) >= 0) {
                emit(run, p);
                run = p + 1; // drop the backslash, keep the character
                p += 2;
            } else if (c == '*' && p + 1 < end && text.charAt(p + 1) == '*'
                    && (strong || text.indexOf("**", p + 2) >= 0 && text.indexOf("**", p + 2) + 2 <= end)) {
                emit(run, p);
                out.append(strong ? "</strong>" : "<strong>");
                strong = !strong;
                p += 2;
                run = p;
            } else if (c == '[' || c == '!' && p + 1 < end && text.charAt(p + 1) == '[') {
                boolean image = c == '!';
                int open = image ? p + 1 : p;
                int[] link = link(open, end);
                if (link == null) {
                    p++;
                    continue;
                }
                emit(run, p);
                String href = image || !links ? null : safeHref(text.substring(link[2], link[3]));
                if (href != null) {
                    out.append("<a href=\"").append(escape(href)).append("\" rel=\"nofollow noopener noreferrer\">");
                }
                inline(open + 1, link[0], false);
                if (href != null) {
                    out.append("</a>");
                }
                p = link[1];
                run = p;
            } else {
                p++;
            }
        }
        emit(run, end);
        if (strong) {
            out.append("</strong>");
        }
    }

    /**
     * Parses {@code [text](url "title")} starting at the bracket.
     *
     * @return {text end (the "]"), end of the whole link, url start, url end}, or null when it is no link
     */
    private int @Nullable [] link(int open, int end) {
        int depth = 0;
        int close = -1;
        for (int q = open; q < end; q++) {
            char c = text.charAt(q);
            if (c == '\\') {
                q++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    close = q;
                    break;
                }
            }
        }
        if (close < 0 || close + 1 >= end || text.charAt(close + 1) != '(') {
            return null;
        }
        int urlStart = close + 2;
        int parens = 0;
        int q = urlStart;
        for (; q < end; q++) {
            char c = text.charAt(q);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                if (parens == 0) {
                    break;
                }
                parens--;
            } else if (c == '\n') {
                return null;
            }
        }
        if (q >= end) {
            return null;
        }
        int urlEnd = urlStart;
        while (urlEnd < q && !Character.isWhitespace(text.charAt(urlEnd))) {
            urlEnd++;
        }
        return new int[] {close, q + 1, urlStart, urlEnd};
    }

    /** The link target when it is an http(s) address (relative ones resolved against the base), else null. */
    @Nullable String safeHref(String raw) {
        String url = raw.strip();
        if (url.startsWith("<") && url.endsWith(">")) {
            url = url.substring(1, url.length() - 1);
        }
        if (url.isEmpty() || url.chars().anyMatch(ch -> ch < 0x21 || ch == 0x7f || ch == '"' || ch == '<'
                || ch == '>' || ch == '\\' || ch == '`')) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url);
            if (!uri.isAbsolute()) {
                if (base == null || url.startsWith("//")) {
                    return null;
                }
                uri = base.resolve(uri);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return null;
        }
        return uri.toString();
    }

    /** Writes text [start, end), escaped, cut into pieces at highlight boundaries, each piece marked. */
    private void emit(int start, int end) {
        int p = start;
        while (p < end) {
            int next = nextBoundary(p, end);
            List<Highlight> active = active(p, next);
            if (active.isEmpty()) {
                escapeInto(p, next);
            } else {
                openMarks(active);
                escapeInto(p, next);
                closeMarks();
            }
            p = next;
        }
    }

    private int nextBoundary(int p, int end) {
        int lo = 0;
        int hi = boundaries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (boundaries[mid] <= p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < boundaries.length ? Math.min(boundaries[lo], end) : end;
    }

    private List<Highlight> active(int start, int end) {
        List<Highlight> active = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.start() >= end) {
                break;
            }
            if (h.start() <= start && h.end() >= end) {
                active.add(h);
            }
        }
        return active;
    }

    private void openMarks(List<Highlight> active) {
        StringBuilder classes = new StringBuilder("hl");
        for (Highlight h : active) {
            classes.append(' ').append(h.cssClass());
        }
        Highlight strongest = active.stream().filter(h -> h.sentiment().equals("negative")).findFirst()
                .orElse(active.getFirst());
        classes.append(" hl-").append(strongest.sentiment());
        if (active.size() > 1) {
            classes.append(" hl-overlap");
        }
        List<Highlight> toAnchor = active.stream().filter(h -> h.id() != null && anchored.add(h)).toList();
        out.append("<mark class=\"").append(escape(classes.toString())).append('"');
        if (!toAnchor.isEmpty()) {
            anchor(toAnchor.getFirst());
        }
        out.append('>');
        openMarks = 1;
        for (int k = 1; k < toAnchor.size(); k++) {
            out.append("<mark class=\"hl-anchor\"");
            anchor(toAnchor.get(k));
            out.append('>');
            openMarks++;
        }
    }

    /** The id attribute, and the passage's class for the script that highlights all its pieces. */
    private void anchor(Highlight h) {
        out.append(" id=\"").append(escape(java.util.Objects.requireNonNull(h.id()))).append("\" data-q=\"")
                .append(escape(h.cssClass())).append('"');
    }

    private void closeMarks() {
        for (int k = 0; k < openMarks; k++) {
            out.append("</mark>");
        }
        openMarks = 0;
    }

    private void escapeInto(int start, int end) {
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int p = 0; p < s.length(); p++) {
            char c = s.charAt(p);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

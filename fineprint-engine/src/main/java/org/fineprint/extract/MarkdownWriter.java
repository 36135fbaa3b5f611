package org.fineprint.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML as Markdown-like text in the manner of Open Terms Archive's versions: ATX headings
 * ({@code ## Title}), {@code *} bullets and numbered items (nested ones indented), links as
 * {@code [text](url)}, table rows as {@code | a | b |} lines, paragraphs separated by a blank line.
 * Emphasis, images and every other piece of markup are dropped, and nothing is escaped: the
 * output is text to read and quote, not Markdown to render.
 */
final class MarkdownWriter implements NodeFilter {
    private static final Set<String> BLOCKS = Set.of(
            "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
            "search", "section", "summary", "table", "caption", "ul", "tbody", "thead", "tfoot", "tr",
            "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "noframes", "listing", "plaintext", "xmp");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "head", "title", "svg", "math", "img",
            "picture", "video", "audio", "canvas", "iframe", "object", "embed", "input", "select",
            "textarea", "option", "datalist", "rp", "rt");
    /** The list style of an inline style, or of the custom property page builders set for it (Framer). */
    private static final Pattern LIST_STYLE_TYPE = Pattern.compile(
            "list-style(?:-type)?\\s*:[^;]*?\\b(lower-alpha|upper-alpha|lower-latin|upper-latin|lower-roman|upper-roman)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_STYLE_NONE = Pattern.compile(
            "list-style(?:-type)?\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
    /** An item that already starts with its own number or bullet: "1.", "1.2", "(a)", "iv)", "•". */
    private static final Pattern OWN_MARKER = Pattern.compile(
            "^\\s*(?:\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]|\\d{1,3}(?:\\.\\d{1,3})+|[•·▪●◦‣–—-])(?:\\s|$)");
    private static final int LINK_CARD_MAX_CHARS = 300;

    private final @Nullable String base;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final Deque<Runnable> closers = new ArrayDeque<>();
    private final Deque<ListState> lists = new ArrayDeque<>();
    private boolean pendingSpace;
    private int spaceBarrier;
    private int inlineOnly;
    private int preDepth;
    private String indent = "";
    private String quote = "";
    private @Nullable String pendingMarker;
    private boolean lastBlockInList;

    private MarkdownWriter(@Nullable String base, boolean inlineOnly) {
        this.base = base;
        this.inlineOnly = inlineOnly ? 1 : 0;
    }

    /**
     * Converts nodes to text.
     *
     * @param nodes the content, in order
     * @param base the http(s) URL that relative links resolve against, or {@code null} to keep
     *     them as written
     * @return Markdown-like text, not yet normalised
     */
    static String write(List<? extends Node> nodes, @Nullable String base) {
        MarkdownWriter w = new MarkdownWriter(base, false);
        for (Node n : nodes) {
            NodeTraversor.filter(w, n);
            w.flush();
        }
        return w.out.toString();
    }

    /** Converts the children of {@code e} to one line (table cells). */
    private String oneLine(Element e) {
        MarkdownWriter w = new MarkdownWriter(base, true);
        for (Node n : new ArrayList<>(e.childNodes())) {
            NodeTraversor.filter(w, n);
        }
        return w.inline.toString().replace('\n', ' ').strip();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, data, doctype
        }
        String name = e.normalName();
        if (SKIPPED.contains(name)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        int level = headingLevel(e);
        if (level > 0) {
            openHeading(level);
            return FilterResult.CONTINUE;
        }
        switch (name) {
            case "br" -> {
                lineBreak();
                return FilterResult.SKIP_ENTIRELY;
            }
            case "hr" -> {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            case "pre", "listing", "xmp", "plaintext" -> {
                pre(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "table" -> {
                table(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "a" -> openLink(e);
            case "ul", "ol", "menu", "dir" -> openList(e);
            case "li" -> openItem(e);
            case "blockquote" -> openQuote();
            default -> openGeneric(e);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element) {
            closers.pop().run();
        }
        return FilterResult.CONTINUE;
    }

    // ---- inline text

    private void text(String s) {
        if (preDepth > 0) {
            inline.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pendingSpace = true;
            } else {
                if (pendingSpace) {
                    space();
                }
                inline.append(c);
            }
        }
    }

    /** Writes the pending space, unless at the start of a line, a link or the paragraph. */
    private void space() {
        pendingSpace = false;
        int n = inline.length();
        if (n > spaceBarrier && inline.charAt(n - 1) != ' ' && inline.charAt(n - 1) != '\n') {
            inline.append(' ');
        }
    }

    private void lineBreak() {
        if (inlineOnly > 0) {
            pendingSpace = true;
            return;
        }
        pendingSpace = false;
        int n = inline.length();
        while (n > 0 && inline.charAt(n - 1) == ' ') {
            inline.setLength(--n);
        }
        inline.append('\n');
        spaceBarrier = inline.length();
    }

    // ---- blocks

    private void openGeneric(Element e) {
        boolean known = e.tag().isKnownTag();
        boolean block = known ? BLOCKS.contains(e.normalName()) : containsBlock(e);
        if (!block && !known) {
            // A custom element holding only text: inline, but never glued to its neighbours.
            pendingSpace = true;
            closers.push(() -> pendingSpace = true);
        } else if (!block) {
            closers.push(() -> { });
        } else if (inlineOnly > 0) {
            pendingSpace = true;
            closers.push(() -> pendingSpace = true);
        } else {
            flush();
            closers.push(this::flush);
        }
    }

    private void openHeading(int level) {
        if (inlineOnly > 0) {
            pendingSpace = true;
            closers.push(() -> pendingSpace = true);
            return;
        }
        flush();
        inlineOnly++;
        closers.push(() -> {
            inlineOnly--;
            String title = inline.toString().replace('\n', ' ').strip();
            clearInline();
            if (!title.isEmpty()) {
                emit("#".repeat(level) + " " + title);
            }
        });
    }

    private void openQuote() {
        if (inlineOnly > 0) {
            openGeneric(new Element("div"));
            return;
        }
        flush();
        String saved = quote;
        quote = quote + "> ";
        closers.push(() -> {
            flush();
            quote = saved;
        });
    }

    private void openLink(Element a) {
        String target = Links.target(a, base);
        if (target == null) {
            closers.push(() -> { });
            return;
        }
        boolean hasBlocks = containsBlock(a);
        if (hasBlocks && a.text().length() > LINK_CARD_MAX_CHARS) {
            // A link wrapped around whole sections (a stray unclosed <a>): keep the text, not the link.
            closers.push(() -> { });
            return;
        }
        if (pendingSpace) {
            space();
        }
        int start = inline.length();
        if (hasBlocks) {
            inlineOnly++;
        }
        closers.push(() -> {
            if (hasBlocks) {
                inlineOnly--;
            }
            if (inline.length() < start) {
                return; // the paragraph was flushed inside the link
            }
            String raw = inline.substring(start);
            boolean leading = !raw.isEmpty() && isSpace(raw.charAt(0));
            boolean trailing = pendingSpace || !raw.isEmpty() && isSpace(raw.charAt(raw.length() - 1));
            String label = stripSpaces(raw.replace('\n', ' '));
            inline.setLength(start);
            if (!label.isEmpty()) {
                // Spaces at the edges of the link text belong around the link.
                if (leading && start > spaceBarrier && !isSpace(inline.charAt(start - 1))) {
                    inline.append(' ');
                }
                inline.append('[').append(label).append("](").append(target).append(')');
            }
            pendingSpace = trailing || leading && label.isEmpty();
        });
    }

    private void openList(Element list) {
        if (inlineOnly > 0) {
            openGeneric(list);
            return;
        }
        flush();
        boolean ordered = list.normalName().equals("ol");
        int start = 1;
        if (ordered && list.hasAttr("start")) {
            start = parseInt(list.attr("start"), 1);
        }
        String style = list.attr("style");
        boolean bare = LIST_STYLE_NONE.matcher(style).find();
        lists.push(new ListState(ordered, start, bare, ordered ? numbering(list.attr("type"), style) : '1'));
        closers.push(() -> {
            flush();
            lists.pop();
            if (lists.isEmpty()) {
                lastBlockInList = false;
            }
        });
    }

    private void openItem(Element li) {
        if (inlineOnly > 0) {
            openGeneric(li);
            return;
        }
        flush();
        ListState list = lists.isEmpty() ? null : lists.peek();
        String marker;
        if (list == null) {
            marker = "* ";
        } else {
            int number = li.hasAttr("value") ? parseInt(li.attr("value"), list.next) : list.next;
            list.next = number + 1;
            marker = list.ordered ? ListState.format(number, list.numbering) + ". " : "* ";
            // No marker when styles hide it, or when a numbered item writes its own number ("1. 1.").
            if (list.bare || LIST_STYLE_NONE.matcher(li.attr("style")).find()
                    || list.ordered && OWN_MARKER.matcher(li.text()).find()) {
                marker = "";
            }
        }
        String saved = indent;
        String savedMarker = pendingMarker; // the parent item's marker, when it has no text yet
        pendingMarker = saved + marker;
        indent = saved + " ".repeat(marker.length());
        closers.push(() -> {
            flush();
            pendingMarker = savedMarker;
            indent = saved;
        });
    }

    private void pre(Element e) {
        if (inlineOnly > 0) {
            text(e.wholeText());
            return;
        }
        flush();
        String raw = e.wholeText();
        if (raw.startsWith("\n")) {
            raw = raw.substring(1);
        }
        String body = raw.stripTrailing();
        if (!body.isBlank()) {
            preDepth++;
            emit(body);
            preDepth--;
        }
    }

    private void table(Element table) {
        List<Element> rows = Tables.rows(table);
        if (Tables.isLayout(table, rows) || inlineOnly > 0) {
            // A table used for page layout, or one inside a cell: its cells are plain content.
            for (Node child : new ArrayList<>(table.childNodes())) {
                NodeTraversor.filter(this, child);
            }
            if (inlineOnly > 0) {
                pendingSpace = true;
            } else {
                flush();
            }
            return;
        }
        flush();
        for (Element caption : table.children()) {
            if (caption.normalName().equals("caption")) {
                String text = oneLine(caption);
                if (!text.isEmpty()) {
                    emit(text);
                }
            }
        }
        StringBuilder block = new StringBuilder();
        for (Element row : rows) {
            List<String> texts = new ArrayList<>();
            boolean any = false;
            for (Element cell : Tables.cells(row)) {
                String text = oneLine(cell);
                any |= !text.isEmpty();
                texts.add(text);
            }
            if (any) {
                if (!block.isEmpty()) {
                    block.append('\n');
                }
                block.append("| ").append(String.join(" | ", texts)).append(" |");
            }
        }
        if (!block.isEmpty()) {
            emit(block.toString());
        }
    }

    // ---- output

    private void clearInline() {
        inline.setLength(0);
        pendingSpace = false;
        spaceBarrier = 0;
    }

    /** Ends the current paragraph, writing it as a block when it has text. */
    private void flush() {
        if (inlineOnly > 0) {
            pendingSpace = true;
            return;
        }
        String text = inline.toString().strip();
        clearInline();
        if (!text.isEmpty()) {
            emit(text);
        }
    }

    /** Writes one block: a blank line before it, or a line break between items of a list. */
    private void emit(String text) {
        boolean inList = !lists.isEmpty() || pendingMarker != null || !indent.isEmpty();
        if (!out.isEmpty()) {
            out.append(inList && lastBlockInList ? "\n" : "\n\n");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String prefix;
            if (i == 0 && pendingMarker != null) {
                prefix = pendingMarker;
                pendingMarker = null;
            } else {
                prefix = indent;
            }
            out.append(quote).append(prefix).append(i == 0 || preDepth > 0 ? lines[i] : lines[i].strip());
        }
        lastBlockInList = inList;
    }

    // ---- helpers

    /** Any kind of space, the no-break ones included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String stripSpaces(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** The level of a heading ({@code h1}–{@code h6}, or {@code role=heading} with {@code aria-level}), else 0. */
    static int headingLevel(Element e) {
        String name = e.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        if (e.attr("role").equalsIgnoreCase("heading")) {
            int level = parseInt(e.attr("aria-level"), 2);
            return Math.max(1, Math.min(6, level));
        }
        return 0;
    }

    private static boolean containsBlock(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && (BLOCKS.contains(d.normalName()) || headingLevel(d) > 0)) {
                return true;
            }
        }
        return false;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip().toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The numbering of an ordered list as HTML's {@code type} names it: 1, a, A, i or I. */
    private static char numbering(String type, String style) {
        if (type.length() == 1 && "1aAiI".indexOf(type.charAt(0)) >= 0) {
            return type.charAt(0);
        }
        Matcher m = LIST_STYLE_TYPE.matcher(style);
        if (m.find()) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "lower-alpha", "lower-latin" -> 'a';
                case "upper-alpha", "upper-latin" -> 'A';
                case "lower-roman" -> 'i';
                case "upper-roman" -> 'I';
                default -> '1';
            };
        }
        return '1';
    }

    private static final class ListState {
        final boolean ordered;
        final boolean bare;
        final char numbering;
        int next;

        ListState(boolean ordered, int next, boolean bare, char numbering) {
            this.ordered = ordered;
            this.next = next;
            this.bare = bare;
            this.numbering = numbering;
        }

        /** Writes {@code n} as the list numbers it: 3, c, C, iii or III. */
        static String format(int n, char numbering) {
            if (n < 1 || numbering == '1') {
                return Integer.toString(n);
            }
            String s;
            if (numbering == 'a' || numbering == 'A') {
                StringBuilder letters = new StringBuilder();
                for (int k = n; k > 0; k = (k - 1) / 26) {
                    letters.insert(0, (char) ('a' + (k - 1) % 26));
                }
                s = letters.toString();
            } else {
                s = roman(n);
            }
            return Character.isUpperCase(numbering) ? s.toUpperCase(Locale.ROOT) : s;
        }

        private static String roman(int n) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
            StringBuilder s = new StringBuilder();
            int rest = n;
            for (int i = 0; i < values.length; i++) {
                while (rest >= values[i]) {
                    s.append(digits[i]);
                    rest -= values[i];
                }
            }
            return s.toString();
        }
    }
}

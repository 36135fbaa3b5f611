package org.fineprint.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the text lines of a PDF: drops repeated page headers and footers and
 * bare page numbers, keeps headings and list items on their own lines, joins the other lines of
 * a paragraph with a space, and joins a word hyphenated across a line end only when the document
 * spells the joined word elsewhere (otherwise the hyphen stays: "third-party").
 */
final class PdfLayout {
    /** Lines this close to the top or bottom edge of a page may be running headers or footers. */
    private static final double MARGIN_BAND = 0.08;
    /** A header or footer repeats on at least this share of the pages (and on two pages at least). */
    private static final double REPEAT_SHARE = 0.5;
    /** A vertical gap this many times the usual line spacing separates paragraphs. */
    private static final double PARAGRAPH_GAP = 1.45;
    /** A line whose font is this much larger than the body text is a heading. */
    private static final double HEADING_SIZE = 1.15;
    /** A line ending this share of the text width before the right margin is the last of its paragraph. */
    private static final double SHORT_LINE = 0.15;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:page|p\\.|seite|pagina|página)?\\s*[-–—]?\\s*\\d{1,4}\\s*(?:(?:/|of|sur|von|de|di|sobre)\\s*\\d{1,4})?\\s*[-–—]?"
                    + "|[ivxlc]{1,7}",
            Pattern.CASE_INSENSITIVE);
    /** A table-of-contents entry: dot leaders and a page number. */
    private static final Pattern TOC_ENTRY = Pattern.compile("(?:\\.\\s?){4,}\\s*\\d{1,4}$");
    /** A bullet: always the start of a list item. */
    private static final Pattern BULLET = Pattern.compile("^[•·▪●◦‣■□➢➤►✓✔❖]\\s?");
    /** An enumerator ("1.", "(a)", "ii.", "Article 3"): a new item when the line before ended a sentence. */
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:[–—-]\\s|\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)]\\s|\\d{1,3}(?:\\.\\d{1,3})+\\s|\\(?[a-zA-Z][.)]\\s|\\([ivxIVX]{1,5}\\)\\s|[ivxIVX]{1,5}\\.\\s"
                    + "|(?:article|section|art\\.|chapter|chapitre|titre|annex|annexe)\\s*\\d)",
            Pattern.CASE_INSENSITIVE);
    /** A lone enumerator ("1.", "(a)") is written on the line of the text that follows it. */
    private static final Pattern LONE_ENUMERATOR = Pattern.compile("\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]|[•·▪●◦‣■□➢➤►✓✔❖]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…»”\"')\\]]$");
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)[-\u2010\u00AD]$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final List<PdfLine> lines;
    private final int pages;

    PdfLayout(List<PdfLine> lines, int pages) {
        this.lines = List.copyOf(lines);
        this.pages = pages;
    }

    /** The document's text: paragraphs separated by blank lines. */
    String text() {
        List<PdfLine> body = dropRunningHeadersAndFooters(lines);
        if (body.isEmpty()) {
            return "";
        }
        float bodySize = bodySize(body);
        float spacing = lineSpacing(body, bodySize);
        float[] margins = margins(body, bodySize);
        Set<String> words = words(body);

        List<StringBuilder> blocks = new ArrayList<>();
        StringBuilder current = null;
        PdfLine previous = null;
        boolean previousHeading = false;
        // The last line and block of body-size text: a paragraph cut by a page break continues
        // there, after any footnotes at the bottom of the page.
        PdfLine lastBody = null;
        StringBuilder lastBodyBlock = null;
        for (PdfLine line : body) {
            boolean heading = isHeading(line, bodySize);
            boolean isBody = !heading && Math.abs(line.size() - bodySize) < 0.5;
            if (isBody && lastBody != null && previous != lastBody && line.page() != lastBody.page()
                    && !startsNewBlock(lastBody, line, spacing, margins)) {
                join(lastBodyBlock, line.text(), words);
                previous = line;
                lastBody = line;
                previousHeading = false;
                continue;
            }
            boolean startsBlock = current == null
                    || heading || previousHeading
                    || startsNewBlock(previous, line, spacing, margins);
            if (startsBlock && current != null && LONE_ENUMERATOR.matcher(current).matches() && !heading) {
                startsBlock = false; // "1." alone on its line belongs to the text after it
            }
            if (startsBlock) {
                current = new StringBuilder(line.text());
                blocks.add(current);
            } else {
                join(current, line.text(), words);
            }
            previous = line;
            previousHeading = heading;
            if (isBody) {
                lastBody = line;
                lastBodyBlock = current;
            }
        }
        StringBuilder out = new StringBuilder();
        for (StringBuilder block : blocks) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(block);
        }
        return out.toString();
    }

    private boolean startsNewBlock(PdfLine previous, PdfLine line, float spacing, float[] margins) {
        if (BULLET.matcher(line.text()).find() || TOC_ENTRY.matcher(previous.text()).find()) {
            return true;
        }
        boolean ended = SENTENCE_END.matcher(previous.text()).find();
        float width = margins[1] - margins[0];
        boolean previousShort = width > 0 && margins[1] - previous.x1() > SHORT_LINE * width;
        if (ENUMERATOR.matcher(line.text()).find() && (ended || previousShort)) {
            return true;
        }
        if (line.page() != previous.page()) {
            // A paragraph goes on over the page break when its last line neither ended a sentence nor stopped short.
            return ended || previousShort && !startsLowerCase(line.text());
        }
        float gap = line.y() - previous.y();
        if (gap < 0 || gap > PARAGRAPH_GAP * spacing) {
            return true; // a new column, or space between paragraphs
        }
        if (Math.abs(line.size() - previous.size()) > 0.2 * Math.max(line.size(), previous.size())) {
            return true;
        }
        return previousShort && (ended || !startsLowerCase(line.text()));
    }

    private static boolean isHeading(PdfLine line, float bodySize) {
        String t = line.text();
        if (t.length() > 150 || SENTENCE_END.matcher(t).find() && !t.endsWith(":")) {
            return false;
        }
        return line.size() > HEADING_SIZE * bodySize || line.bold() && t.length() < 120 && !t.endsWith(",");
    }

    /** Joins a line to its paragraph, mending a word hyphenated across the line end. */
    private static void join(StringBuilder block, String next, Set<String> words) {
        Matcher m = HYPHENATED.matcher(block);
        if (m.find() && !next.isEmpty() && Character.isLetter(next.codePointAt(0))) {
            String head = m.group(1);
            Matcher tail = WORD.matcher(next);
            String rest = tail.lookingAt() ? tail.group() : "";
            char hyphen = block.charAt(block.length() - 1);
            block.setLength(block.length() - 1);
            if (hyphen == '\u00AD' || words.contains((head + rest).toLowerCase(Locale.ROOT))) {
                block.append(next);
            } else {
                block.append(hyphen).append(next);
            }
            return;
        }
        block.append(' ').append(next);
    }

    /**
     * Drops lines near the top or bottom edge that repeat (digits aside) on most pages, and bare
     * page numbers there.
     */
    private List<PdfLine> dropRunningHeadersAndFooters(List<PdfLine> all) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (PdfLine line : all) {
            if (inMargin(line)) {
                pagesByKey.computeIfAbsent(key(line.text()), k -> new HashSet<>()).add(line.page());
            }
        }
        int threshold = Math.max(2, (int) Math.ceil(REPEAT_SHARE * pages));
        List<PdfLine> kept = new ArrayList<>();
        for (PdfLine line : all) {
            if (inMargin(line) && (PAGE_NUMBER.matcher(line.text()).matches()
                    || pages >= 2 && pagesByKey.get(key(line.text())).size() >= threshold)) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    private static boolean inMargin(PdfLine line) {
        float h = line.pageHeight();
        return h > 0 && (line.y() < MARGIN_BAND * h || line.y() > (1 - MARGIN_BAND) * h);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /** The most common font size, weighted by characters. */
    private static float bodySize(List<PdfLine> lines) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (PdfLine line : lines) {
            chars.merge(Math.round(line.size() * 2), line.text().length(), Integer::sum);
        }
        int best = 0;
        int bestCount = -1;
        for (Map.Entry<Integer, Integer> e : chars.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best / 2f;
    }

    /** The median distance between consecutive body-text lines of a page. */
    private static float lineSpacing(List<PdfLine> lines, float bodySize) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            float gap = b.y() - a.y();
            if (a.page() == b.page() && gap > 0 && Math.abs(a.size() - bodySize) < 0.5 && Math.abs(b.size() - bodySize) < 0.5) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return bodySize * 1.2f;
        }
        float[] sorted = new float[gaps.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = gaps.get(i);
        }
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Left and right edges of the body text: the most common line start and a high percentile of line ends. */
    private static float[] margins(List<PdfLine> lines, float bodySize) {
        List<Float> ends = new ArrayList<>();
        Map<Integer, Integer> starts = new HashMap<>();
        for (PdfLine line : lines) {
            if (Math.abs(line.size() - bodySize) < 0.5) {
                ends.add(line.x1());
                starts.merge(Math.round(line.x0()), 1, Integer::sum);
            }
        }
        if (ends.isEmpty()) {
            return new float[] {0, 0};
        }
        ends.sort(Float::compare);
        float right = ends.get((int) (ends.size() * 0.9));
        int left = 0;
        int leftCount = -1;
        for (Map.Entry<Integer, Integer> e : starts.entrySet()) {
            if (e.getValue() > leftCount || e.getValue() == leftCount && e.getKey() < left) {
                left = e.getKey();
                leftCount = e.getValue();
            }
        }
        return new float[] {left, right};
    }

    private static Set<String> words(List<PdfLine> lines) {
        Set<String> words = new HashSet<>();
        for (PdfLine line : lines) {
            Matcher m = WORD.matcher(line.text());
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean startsLowerCase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }
}

package org.fineprint.tools.extract;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fineprint.extract.Normalizer;

/**
 * Compares our text with Open Terms Archive's Markdown of the same snapshot, ignoring what is
 * only Markdown syntax: both sides are normalised, Setext headings become ATX, escapes, emphasis,
 * images, table separator rows, indentation and blank lines are dropped, and bullets become
 * {@code *}; empty table rows are dropped. What remains (words, line breaks between blocks, headings, list items, link targets)
 * is compared.
 *
 * @param lineSimilarity {@code 1 - (lines removed + lines added) / (lines ours + lines theirs)},
 *     from a Myers line diff; 1 means the same lines in the same order
 * @param wordSequenceSimilarity the same over the sequence of words (link targets left out), so
 *     that it ignores how text is broken into lines (Open Terms Archive keeps PDF line breaks)
 * @param wordPrecision share of our words (multiset, lower case, link targets left out) also in theirs
 * @param wordRecall share of their words also in ours
 * @param oursHeadings headings in our text
 * @param theirsHeadings headings in theirs
 * @param oursItems list items in ours
 * @param theirsItems list items in theirs
 * @param oursChars characters of our canonical text
 * @param theirsChars characters of theirs
 * @param oursWords words in ours
 * @param theirsWords words in theirs
 * @param commonWords words in both (multiset intersection)
 */
record TextComparison(double lineSimilarity, double wordSequenceSimilarity, double wordPrecision, double wordRecall,
                      int oursHeadings, int theirsHeadings, int oursItems, int theirsItems,
                      int oursChars, int theirsChars, long oursWords, long theirsWords, long commonWords) {
    private static final Pattern SETEXT_1 = Pattern.compile("=+");
    private static final Pattern SETEXT_2 = Pattern.compile("-+");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?");
    private static final Pattern EMPTY_ROW = Pattern.compile("\\|(?:\\s*\\|)+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern HTML_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*[*+\\-•]\\s+");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3}[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} ");
    private static final Pattern ITEM = Pattern.compile("^(?:\\* |\\d{1,3}[.)] |[a-zA-Z][.)] |[ivxlcIVXLC]{1,6}[.)] )");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Harmonic mean of word precision and recall. */
    double wordF1() {
        return wordPrecision + wordRecall == 0 ? 0 : 2 * wordPrecision * wordRecall / (wordPrecision + wordRecall);
    }

    /**
     * Compares two texts.
     *
     * @param ours our extraction
     * @param theirs Open Terms Archive's Markdown
     */
    static TextComparison of(String ours, String theirs) {
        List<String> a = canonicalLines(ours);
        List<String> b = canonicalLines(theirs);
        int changed = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            changed += d.getSource().size() + d.getTarget().size();
        }
        double lines = a.isEmpty() && b.isEmpty() ? 1 : 1 - (double) changed / (a.size() + b.size());
        List<String> sa = wordSequence(a);
        List<String> sb = wordSequence(b);
        int changedWords = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(sa, sb).getDeltas()) {
            changedWords += d.getSource().size() + d.getTarget().size();
        }
        double sequence = sa.isEmpty() && sb.isEmpty() ? 1 : 1 - (double) changedWords / (sa.size() + sb.size());
        Map<String, Integer> wa = counts(sa);
        Map<String, Integer> wb = counts(sb);
        long na = wa.values().stream().mapToLong(Integer::longValue).sum();
        long nb = wb.values().stream().mapToLong(Integer::longValue).sum();
        long common = 0;
        for (Map.Entry<String, Integer> e : wa.entrySet()) {
            common += Math.min(e.getValue(), wb.getOrDefault(e.getKey(), 0));
        }
        return new TextComparison(lines, sequence, na == 0 ? 0 : (double) common / na, nb == 0 ? 0 : (double) common / nb,
                count(a, HEADING), count(b, HEADING), count(a, ITEM), count(b, ITEM),
                String.join("\n", a).length(), String.join("\n", b).length(), na, nb, common);
    }

    /** The markup-insensitive form both sides are compared in, one block or item per line. */
    static List<String> canonicalLines(String markdown) {
        List<String> raw = Arrays.asList(markdown.replace("\r\n", "\n").split("\n"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            String next = i + 1 < raw.size() ? raw.get(i + 1).strip() : "";
            if (!line.isBlank() && SETEXT_1.matcher(next).matches()) {
                line = "# " + line;
                i++;
            } else if (!line.isBlank() && SETEXT_2.matcher(next).matches() && !BULLET.matcher(line).find()) {
                line = "## " + line;
                i++;
            }
            if (TABLE_RULE.matcher(line.strip()).matches() || EMPTY_ROW.matcher(line.strip()).matches()) {
                continue;
            }
            line = canonicalLine(Normalizer.normalize(line));
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private static String canonicalLine(String line) {
        String s = HTML_BREAK.matcher(line).replaceAll(" ");
        s = IMAGE.matcher(s).replaceAll("");
        String marker = "";
        Matcher bullet = BULLET.matcher(s);
        Matcher numbered = NUMBERED.matcher(s);
        if (bullet.find()) {
            marker = "* ";
            s = s.substring(bullet.end());
        } else if (numbered.find()) {
            marker = numbered.group(1) + " ";
            s = s.substring(numbered.end());
        }
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = s.replace("*", "").replace("_", "");
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? "" : marker + s;
    }

    private static List<String> wordSequence(List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            Matcher w = WORD.matcher(LINK.matcher(line).replaceAll("$1").toLowerCase(Locale.ROOT));
            while (w.find()) {
                words.add(w.group());
            }
        }
        return words;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) {
            counts.merge(w, 1, Integer::sum);
        }
        return counts;
    }

    private static int count(List<String> lines, Pattern p) {
        int n = 0;
        for (String line : lines) {
            if (p.matcher(line).find()) {
                n++;
            }
        }
        return n;
    }
}

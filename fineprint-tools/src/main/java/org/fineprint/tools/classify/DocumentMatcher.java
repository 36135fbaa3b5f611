package org.fineprint.tools.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fineprint.analyze.classify.WordTokenizer;

/**
 * Finds documents of an extra corpus that are copies (other versions, or shared boilerplate) of
 * documents of the evaluation corpus, so that no copy of a test document is ever trained on.
 *
 * <p>Two documents match when their names are equal after lower-casing and dropping everything
 * but letters and digits, or when at least {@value #MIN_SHARED} of either document's word
 * 8-grams also occur in the other.
 */
public final class DocumentMatcher {
    static final double MIN_SHARED = 0.05;
    private static final int SHINGLE = 8;

    /** A match of an extra document to an evaluation document, with the evidence. */
    public record Match(String extraDoc, String evalDoc, boolean sameName, double shared) {
    }

    private DocumentMatcher() {
    }

    /**
     * @param eval the evaluation corpus
     * @param extra the extra training corpus
     * @return every match, ordered by extra document then evaluation document
     */
    public static List<Match> match(List<LabeledSentence> eval, List<LabeledSentence> extra) {
        Map<String, Set<String>> evalShingles = shinglesByDoc(eval);
        Map<String, Set<String>> extraShingles = shinglesByDoc(extra);
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, Set<String>> x : extraShingles.entrySet()) {
            for (Map.Entry<String, Set<String>> e : evalShingles.entrySet()) {
                boolean sameName = normalizedName(x.getKey()).equals(normalizedName(e.getKey()));
                double shared = sharedShare(x.getValue(), e.getValue());
                if (sameName || shared >= MIN_SHARED) {
                    matches.add(new Match(x.getKey(), e.getKey(), sameName, shared));
                }
            }
        }
        return matches;
    }

    /**
     * @param matches from {@link #match(List, List)}
     * @return for each extra document with a match, the evaluation documents it matches
     */
    public static Map<String, Set<String>> byExtraDoc(List<Match> matches) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Match m : matches) {
            out.computeIfAbsent(m.extraDoc(), k -> new TreeSet<>()).add(m.evalDoc());
        }
        return out;
    }

    static String normalizedName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static double sharedShare(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) {
            common += large.contains(s) ? 1 : 0;
        }
        return Math.max(common / (double) a.size(), common / (double) b.size());
    }

    private static Map<String, Set<String>> shinglesByDoc(List<LabeledSentence> sentences) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (LabeledSentence s : sentences) {
            Set<String> shingles = out.computeIfAbsent(s.doc(), k -> new HashSet<>());
            List<String> tokens = WordTokenizer.tokens(s.text());
            for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
                shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
            }
        }
        return out;
    }
}

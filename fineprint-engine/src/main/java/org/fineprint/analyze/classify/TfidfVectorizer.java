package org.fineprint.analyze.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;


/**
 * A fitted TF-IDF vocabulary: maps a text to an L2-normalised sparse vector of word n-gram (and
 * optionally in-word character n-gram) weights. Immutable and thread-safe once built.
 */
public final class TfidfVectorizer {
    private final TfidfSettings settings;
    private final List<String> terms;
    private final float[] idf;
    private final Map<String, Integer> index;

    /**
     * Restores a fitted vectorizer (for example from a model file).
     *
     * @param settings the settings it was fitted with
     * @param terms the vocabulary in index order
     * @param idf the inverse document frequency of each term, same length as {@code terms}
     */
    public TfidfVectorizer(TfidfSettings settings, List<String> terms, float[] idf) {
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException("terms and idf differ in length");
        }
        this.settings = settings;
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        this.index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i), i);
        }
    }

    /**
     * Fits a vocabulary on training texts.
     *
     * @param tokenLists the tokens of each training text (see {@link WordTokenizer#tokens(String)})
     * @param settings which terms to generate and keep
     * @return the fitted vectorizer; terms sorted alphabetically, so the same input gives the same indices
     */
    public static TfidfVectorizer fit(List<List<String>> tokenLists, TfidfSettings settings) {
        Map<String, int[]> df = new HashMap<>();
        for (List<String> tokens : tokenLists) {
            for (String term : new HashSet<>(terms(tokens, settings))) {
                df.computeIfAbsent(term, t -> new int[1])[0]++;
            }
        }
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            if (e.getValue()[0] >= settings.minDf()) {
                kept.add(e);
            }
        }
        if (kept.size() > settings.maxFeatures()) {
            kept.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                    .thenComparing(Map.Entry::getKey));
            kept = kept.subList(0, settings.maxFeatures());
        }
        kept.sort(Map.Entry.comparingByKey());
        int n = tokenLists.size();
        List<String> vocabulary = new ArrayList<>(kept.size());
        float[] idf = new float[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            vocabulary.add(kept.get(i).getKey());
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + kept.get(i).getValue()[0])) + 1.0);
        }
        return new TfidfVectorizer(settings, vocabulary, idf);
    }

    /**
     * Generates the terms of one text: word n-grams joined by a space, then character n-grams of
     * each word prefixed with {@code #}.
     *
     * @param tokens the text's tokens
     * @param settings which n-grams to generate
     * @return the terms, with repeats
     */
    static List<String> terms(List<String> tokens, TfidfSettings settings) {
        List<String> out = new ArrayList<>(tokens.size() * (settings.maxWordNgram() + 1));
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i));
            StringBuilder gram = new StringBuilder(tokens.get(i));
            for (int n = 2; n <= settings.maxWordNgram() && i + n <= tokens.size(); n++) {
                gram.append(' ').append(tokens.get(i + n - 1));
                out.add(gram.toString());
            }
        }
        if (settings.maxCharNgram() > 0) {
            for (String token : tokens) {
                String padded = "<" + token + ">";
                for (int n = settings.minCharNgram(); n <= settings.maxCharNgram(); n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        out.add("#" + padded.substring(i, i + n));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Vectorizes one text.
     *
     * @param text the text
     * @return its L2-normalised TF-IDF vector; empty when no term is in the vocabulary
     */
    public SparseVector transform(String text) {
        return transformTokens(WordTokenizer.tokens(text));
    }

    /**
     * Vectorizes one text already tokenized with {@link WordTokenizer}.
     *
     * @param tokens the text's tokens
     * @return its L2-normalised TF-IDF vector; empty when no term is in the vocabulary
     */
    public SparseVector transformTokens(List<String> tokens) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (String term : terms(tokens, settings)) {
            Integer i = index.get(term);
            if (i != null) {
                counts.computeIfAbsent(i, k -> new int[1])[0]++;
            }
        }
        if (counts.isEmpty()) {
            return SparseVector.EMPTY;
        }
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[indices.length];
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            int tf = counts.get(indices[k])[0];
            double v = (settings.sublinearTf() ? 1.0 + Math.log(tf) : tf) * idf[indices[k]];
            values[k] = (float) v;
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        for (int k = 0; k < values.length; k++) {
            values[k] /= norm;
        }
        return new SparseVector(indices, values);
    }

    /** @return the settings the vocabulary was fitted with */
    public TfidfSettings settings() {
        return settings;
    }

    /** @return the vocabulary in index order */
    public List<String> terms() {
        return terms;
    }

    /** @return a copy of the inverse document frequencies, in index order */
    public float[] idf() {
        return idf.clone();
    }

    /** @return the number of terms (the dimension of the vectors) */
    public int size() {
        return terms.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TfidfVectorizer v && settings.equals(v.settings) && terms.equals(v.terms)
                && Arrays.equals(idf, v.idf);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "TfidfVectorizer[terms=" + terms.size() + ", " + settings + "]";
    }
}

package org.fineprint.analyze.classify;

import java.util.List;

/**
 * Nearest-neighbour evidence for the final heads: per label, the training positives' unit-length
 * embeddings and TF-IDF vectors, and the weights with which a sentence's similarity to them adds to
 * each head's log-odds.
 *
 * <p>For each label, a sentence gets {@value #FEATURES} features: the largest cosine similarity of
 * its embedding to the label's positives, the mean of the {@value #TOP} largest, and the same two
 * for its TF-IDF vector. ToS clauses are formulaic, so a near copy of a labelled training sentence
 * is strong evidence.
 *
 * @param embeddings per label (label order), the positives' embeddings, each scaled to unit length
 * @param tfidf per label, the positives' TF-IDF vectors (unit length, under the model's vocabulary)
 * @param weights per label, {@value #FEATURES} weights added to the head's log-odds
 */
public record NeighbourScores(List<float[][]> embeddings, List<SparseVector[]> tfidf, List<float[]> weights) {
    /** Features per label. */
    public static final int FEATURES = 4;
    /** How many of the nearest positives the mean features average. */
    public static final int TOP = 3;

    public NeighbourScores {
        embeddings = List.copyOf(embeddings);
        tfidf = List.copyOf(tfidf);
        weights = List.copyOf(weights);
        if (embeddings.size() != tfidf.size() || weights.size() != tfidf.size()) {
            throw new IllegalArgumentException("one entry per label is needed in every list");
        }
        for (float[] w : weights) {
            if (w.length != FEATURES) {
                throw new IllegalArgumentException(FEATURES + " weights per label are needed");
            }
        }
    }

    /**
     * @param label the label's index
     * @param embedding the sentence's embedding (any length scale)
     * @param vector the sentence's TF-IDF vector (unit length)
     * @return what the label's neighbours add to its head's log-odds
     */
    public double logit(int label, float[] embedding, SparseVector vector) {
        double[] f = features(embeddings.get(label), tfidf.get(label), unit(embedding), vector);
        float[] w = weights.get(label);
        double z = 0;
        for (int k = 0; k < FEATURES; k++) {
            z += w[k] * f[k];
        }
        return z;
    }

    /**
     * The neighbour features of one sentence against one label's positives.
     *
     * @param positiveEmbeddings the positives' unit-length embeddings
     * @param positiveTfidf the positives' TF-IDF vectors
     * @param embedding the sentence's unit-length embedding
     * @param vector the sentence's TF-IDF vector
     * @return max and top-{@value #TOP} mean cosine similarity of the embedding, then of the TF-IDF vector
     */
    static double[] features(float[][] positiveEmbeddings, SparseVector[] positiveTfidf, float[] embedding,
            SparseVector vector) {
        double[] out = new double[FEATURES];
        double[] top = new double[TOP];
        topOf(top, positiveEmbeddings.length, k -> dot(positiveEmbeddings[k], embedding));
        out[0] = top[0];
        out[1] = mean(top, positiveEmbeddings.length);
        topOf(top, positiveTfidf.length, k -> sparseDot(positiveTfidf[k], vector));
        out[2] = top[0];
        out[3] = mean(top, positiveTfidf.length);
        return out;
    }

    /**
     * @param vector a vector
     * @return a copy scaled to unit length (the zero vector stays zero)
     */
    static float[] unit(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * (double) v;
        }
        float[] out = new float[vector.length];
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int j = 0; j < vector.length; j++) {
                out[j] = vector[j] * scale;
            }
        }
        return out;
    }

    private interface Similarity {
        double of(int k);
    }

    /** Fills {@code top} with the largest similarities in decreasing order (0 where there are fewer). */
    private static void topOf(double[] top, int count, Similarity similarity) {
        java.util.Arrays.fill(top, 0);
        for (int k = 0; k < count; k++) {
            double s = similarity.of(k);
            for (int t = 0; t < top.length; t++) {
                if (s > top[t] || t >= k) {
                    System.arraycopy(top, t, top, t + 1, top.length - t - 1);
                    top[t] = s;
                    break;
                }
            }
        }
    }

    private static double mean(double[] top, int count) {
        int n = Math.min(top.length, count);
        double sum = 0;
        for (int t = 0; t < n; t++) {
            sum += top[t];
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double sparseDot(SparseVector a, SparseVector b) {
        int[] ai = a.indices();
        int[] bi = b.indices();
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < ai.length && j < bi.length) {
            if (ai[i] == bi[j]) {
                sum += a.values()[i++] * (double) b.values()[j++];
            } else if (ai[i] < bi[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}

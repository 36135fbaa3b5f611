package org.fineprint.analyze.classify;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Lays the feature blocks of {@link FeatureSpec} out into one sparse vector. */
final class FeatureAssembler {
    private final FeatureSpec spec;
    private final int vocabularySize;
    private final int embeddingDimension;

    FeatureAssembler(FeatureSpec spec, int vocabularySize, int embeddingDimension) {
        this.spec = spec;
        this.vocabularySize = vocabularySize;
        this.embeddingDimension = embeddingDimension;
    }

    int dimension() {
        return spec.dimension(vocabularySize, embeddingDimension);
    }

    /**
     * @param tfidf the sentence's TF-IDF vector
     * @param embedding the sentence's embedding, or null when the spec has no embedding block
     * @param previous the previous sentence's TF-IDF vector, or null at the start or without context
     * @param next the next sentence's TF-IDF vector, or null at the end or without context
     * @return the assembled features
     */
    SparseVector assemble(SparseVector tfidf, float @Nullable [] embedding, @Nullable SparseVector previous,
            @Nullable SparseVector next) {
        int capacity = tfidf.size() + embeddingDimension
                + (previous == null ? 0 : previous.size()) + (next == null ? 0 : next.size());
        int[] indices = new int[capacity];
        float[] values = new float[capacity];
        int n = 0;
        int offset = 0;
        if (spec.lexical()) {
            System.arraycopy(tfidf.indices(), 0, indices, 0, tfidf.size());
            System.arraycopy(tfidf.values(), 0, values, 0, tfidf.size());
            n = tfidf.size();
            offset = vocabularySize;
        }
        if (spec.usesEmbedding()) {
            if (embedding == null || embedding.length != embeddingDimension) {
                throw new IllegalArgumentException("an embedding of " + embeddingDimension + " floats is needed");
            }
            float scale = (float) spec.embeddingScale();
            for (int j = 0; j < embeddingDimension; j++) {
                if (embedding[j] != 0) {
                    indices[n] = offset + j;
                    values[n++] = embedding[j] * scale;
                }
            }
            offset += embeddingDimension;
        }
        if (spec.usesContext()) {
            n = addSum(previous, next, (float) spec.contextScale(), offset, indices, values, n);
        }
        return new SparseVector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
    }

    private static int addSum(@Nullable SparseVector a, @Nullable SparseVector b, float scale, int offset,
            int[] indices, float[] values, int n) {
        SparseVector x = a == null ? SparseVector.EMPTY : a;
        SparseVector y = b == null ? SparseVector.EMPTY : b;
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            int xi = i < x.size() ? x.indices()[i] : Integer.MAX_VALUE;
            int yj = j < y.size() ? y.indices()[j] : Integer.MAX_VALUE;
            float v;
            int index;
            if (xi == yj) {
                index = xi;
                v = x.values()[i++] + y.values()[j++];
            } else if (xi < yj) {
                index = xi;
                v = x.values()[i++];
            } else {
                index = yj;
                v = y.values()[j++];
            }
            indices[n] = offset + index;
            values[n++] = v * scale;
        }
        return n;
    }
}

package org.fineprint.analyze.classify;

import java.util.Arrays;

/**
 * A sparse feature vector: strictly increasing zero-based indices with their values.
 *
 * <p>The arrays are owned by the vector and must not be changed after construction.
 *
 * @param indices feature indices, strictly increasing
 * @param values the value of each index, same length as {@code indices}
 */
public record SparseVector(int[] indices, float[] values) {
    /** The vector with no non-zero entry. */
    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("indices must be strictly increasing");
            }
        }
    }

    /** @return the number of non-zero entries */
    public int size() {
        return indices.length;
    }

    /**
     * Computes the dot product with a dense weight vector.
     *
     * @param weights dense weights; indices past its end count as zero
     * @return the sum of {@code weights[i] * value} over the entries
     */
    public double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            if (index < weights.length) {
                sum += weights[index] * (double) values[i];
            }
        }
        return sum;
    }

    /** @return the Euclidean norm */
    public double norm() {
        double sum = 0;
        for (float v : values) {
            sum += v * (double) v;
        }
        return Math.sqrt(sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector[size=" + indices.length + "]";
    }
}

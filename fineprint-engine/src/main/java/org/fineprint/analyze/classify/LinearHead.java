package org.fineprint.analyze.classify;

import java.util.Arrays;

/**
 * A binary logistic-regression head for one label: {@code p = sigmoid(w·x + b)}, and the label is
 * given when {@code p >= threshold}.
 *
 * @param label the label this head decides
 * @param weights one weight per feature (owned by the head; do not change)
 * @param bias the intercept
 * @param threshold the decision threshold on the probability
 */
public record LinearHead(String label, float[] weights, float bias, float threshold) {

    /**
     * Scores one feature vector.
     *
     * @param features the features, indexed like {@link #weights()}
     * @return the probability that the label applies
     */
    public double probability(SparseVector features) {
        double z = features.dot(weights) + bias;
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * @param features the features, indexed like {@link #weights()}
     * @return whether the label applies
     */
    public boolean accepts(SparseVector features) {
        return probability(features) >= threshold;
    }

    /**
     * @param newThreshold another decision threshold
     * @return this head with that threshold
     */
    public LinearHead withThreshold(float newThreshold) {
        return new LinearHead(label, weights, bias, newThreshold);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearHead h && label.equals(h.label) && Arrays.equals(weights, h.weights)
                && Float.compare(bias, h.bias) == 0 && Float.compare(threshold, h.threshold) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * label.hashCode() + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "LinearHead[" + label + ", features=" + weights.length + ", threshold=" + threshold + "]";
    }
}

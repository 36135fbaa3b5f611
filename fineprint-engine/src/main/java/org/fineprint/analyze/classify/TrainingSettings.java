package org.fineprint.analyze.classify;

import java.util.List;

/**
 * How {@link MultiLabelTrainer} fits a classifier.
 *
 * @param tfidf the TF-IDF vocabulary settings
 * @param features the blocks the final heads read
 * @param costs the candidate inverse regularisation strengths C of the logistic regressions; the
 *     best per label is chosen by inner cross-validation
 * @param positiveWeightPower positive examples weigh {@code (negatives / positives) ^ power}: 0
 *     for no weighting, 1 for balanced classes
 * @param innerFolds the number of grouped inner folds used to choose C and the thresholds
 * @param seed the seed of the inner fold assignment
 * @param gateRecall when the final heads use embeddings, the share of each label's positive
 *     examples (out of fold) the lexical gate must let through, e.g. 0.9; 0 for no gate
 * @param trainingGateRecall the final heads learn from the sentences a gate with this recall lets
 *     through (a looser gate than {@code gateRecall} gives them more examples); 0 for all sentences
 * @param beta thresholds maximise F-beta: 1 for F1, above 1 to favour recall
 * @param threads how many heads are fitted at the same time
 * @param fusion how the final heads combine the feature blocks
 * @param crossLabel when stacking over a TF-IDF block, also give each label's combiner the
 *     out-of-fold log-odds of every label's lexical head (labels that occur together inform each other)
 */
public record TrainingSettings(TfidfSettings tfidf, FeatureSpec features, List<Double> costs,
        double positiveWeightPower, int innerFolds, long seed, double gateRecall, double trainingGateRecall,
        double beta, int threads, Fusion fusion, boolean crossLabel) {

    /** How the final heads combine the feature blocks of {@link FeatureSpec}. */
    public enum Fusion {
        /** One logistic regression over all blocks side by side (block weights set by the spec's scales). */
        JOINT,
        /**
         * One logistic regression per block, each with its own C, then per label a small logistic
         * regression over the blocks' out-of-fold log-odds; the result folds back into one linear head.
         */
        STACKED
    }

    public TrainingSettings {
        costs = List.copyOf(costs);
        if (costs.isEmpty() || costs.stream().anyMatch(c -> c <= 0)) {
            throw new IllegalArgumentException("costs must be positive and not empty");
        }
        if (innerFolds < 2) {
            throw new IllegalArgumentException("at least two inner folds are needed");
        }
        if (gateRecall < 0 || gateRecall > 1) {
            throw new IllegalArgumentException("gateRecall must be between 0 and 1");
        }
        if (trainingGateRecall != 0 && (trainingGateRecall < gateRecall || trainingGateRecall > 1)) {
            throw new IllegalArgumentException("trainingGateRecall must be 0 or between gateRecall and 1");
        }
        if (beta <= 0 || threads < 1) {
            throw new IllegalArgumentException("beta and threads must be positive");
        }
    }

    /**
     * @param newFeatures other feature blocks
     * @return these settings with those blocks
     */
    public TrainingSettings withFeatures(FeatureSpec newFeatures) {
        return new TrainingSettings(tfidf, newFeatures, costs, positiveWeightPower, innerFolds, seed, gateRecall,
                trainingGateRecall, beta, threads, fusion, crossLabel);
    }

    /**
     * @return these settings without a gate: the final heads read and learn from every sentence
     */
    public TrainingSettings withoutGate() {
        return new TrainingSettings(tfidf, features, costs, positiveWeightPower, innerFolds, seed, 0, 0, beta, threads,
                fusion, crossLabel);
    }
}

package org.fineprint.analyze.classify;

import java.util.List;

/**
 * What {@link MultiLabelTrainer} produced, with the inner cross-validation numbers behind its choices.
 *
 * @param model the classifier (gate and final heads as the settings asked)
 * @param lexicalModel the TF-IDF-only classifier made of the gate heads with F-beta thresholds (the
 *     same as {@code model} when the settings use TF-IDF only)
 * @param heads one report per label
 * @param gatePassShare the out-of-fold share of training sentences that passed the gate (1 without a gate)
 */
public record TrainingResult(ClassifierModel model, ClassifierModel lexicalModel, List<HeadReport> heads,
        double gatePassShare) {
    public TrainingResult {
        heads = List.copyOf(heads);
    }

    /**
     * Inner cross-validation numbers of one label.
     *
     * @param label the label
     * @param positives its training examples
     * @param lexicalCost the C chosen for the TF-IDF head
     * @param lexicalF the out-of-fold F-beta of the TF-IDF head at its best threshold
     * @param gateThreshold the TF-IDF head's gate threshold (NaN without a gate)
     * @param finalHead the final head's choices: C per block and, when stacked, each block's weight
     *     (empty without a final stage)
     * @param f the out-of-fold F-beta of the final head behind the gate, at its chosen threshold
     * @param threshold the final head's threshold
     */
    public record HeadReport(String label, int positives, double lexicalCost, double lexicalF, double gateThreshold,
            String finalHead, double f, double threshold) {
    }
}

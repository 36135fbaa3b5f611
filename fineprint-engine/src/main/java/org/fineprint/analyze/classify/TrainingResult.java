package org.fineprint.analyze.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link MultiLabelTrainer} produced, with the inner cross-validation numbers behind its choices.
 *
 * @param model the classifier (gate and final heads as the settings asked)
 * @param lexicalModel the TF-IDF-only classifier made of the gate heads with F-beta thresholds (the
 *     same as {@code model} when the settings use TF-IDF only)
 * @param heads one report per label
 * @param gatePassShare the out-of-fold share of training sentences that passed the gate (1 without a gate)
 * @param gateOptions for each recall level of {@link #GATE_RECALLS}, the gate threshold of each label
 *     (label order) that keeps that share of its out-of-fold positives; lets an evaluation try other
 *     gates on a trained model (the final heads stay those trained behind the configured gate)
 */
public record TrainingResult(ClassifierModel model, ClassifierModel lexicalModel, List<HeadReport> heads,
        double gatePassShare, Map<Double, List<Float>> gateOptions) {
    /** The recall levels of {@link #gateOptions()}. */
    public static final List<Double> GATE_RECALLS = List.of(0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99);

    public TrainingResult {
        heads = List.copyOf(heads);
        gateOptions = Map.copyOf(gateOptions);
    }

    /**
     * @param recall one of {@link #GATE_RECALLS}
     * @return the model with its gate heads set to that recall level (the model itself when it has no gate)
     */
    public ClassifierModel modelWithGateRecall(double recall) {
        if (model.gate().isEmpty()) {
            return model;
        }
        List<Float> thresholds = gateOptions.get(recall);
        if (thresholds == null) {
            throw new IllegalArgumentException("no gate option for recall " + recall);
        }
        List<LinearHead> gate = new ArrayList<>();
        for (int l = 0; l < model.gate().size(); l++) {
            gate.add(model.gate().get(l).withThreshold(thresholds.get(l)));
        }
        return new ClassifierModel(model.name(), model.labels(), model.vectorizer(), model.features(), model.encoder(),
                model.embeddingDimension(), gate, model.heads(), model.metadata());
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

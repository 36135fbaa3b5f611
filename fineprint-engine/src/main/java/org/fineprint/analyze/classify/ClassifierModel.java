package org.fineprint.analyze.classify;

import java.util.List;
import java.util.Map;

/**
 * A trained multi-label sentence classifier, as stored in a model file: a TF-IDF vocabulary, an
 * optional lexical gate, and one final head per label.
 *
 * <p>A sentence is decided in two stages. The gate heads read the TF-IDF vector only; when the gate
 * is not empty, a sentence that no gate head accepts gets no label and is never embedded. The final
 * heads read the blocks named by {@link #features()} and decide the labels of the other sentences.
 *
 * @param name the model's name, e.g. {@code claudette}
 * @param labels the labels, in the order of {@link #heads()}
 * @param vectorizer the fitted TF-IDF vocabulary
 * @param features the blocks the final heads read
 * @param encoder the encoder's name ({@link Embedder#modelName()}); empty when no block needs it
 * @param embeddingDimension the encoder's dimension; 0 when there is no encoder
 * @param gate the lexical gate heads (thresholds tuned for recall); empty for no gate
 * @param heads one final head per label
 * @param metadata free-form provenance: training data, date, command, cross-validated scores
 */
public record ClassifierModel(String name, List<String> labels, TfidfVectorizer vectorizer, FeatureSpec features,
        String encoder, int embeddingDimension, List<LinearHead> gate, List<LinearHead> heads,
        Map<String, String> metadata) {

    public ClassifierModel {
        labels = List.copyOf(labels);
        gate = List.copyOf(gate);
        heads = List.copyOf(heads);
        metadata = Map.copyOf(metadata);
        if (heads.size() != labels.size()) {
            throw new IllegalArgumentException("one head per label is needed");
        }
        for (int i = 0; i < labels.size(); i++) {
            if (!heads.get(i).label().equals(labels.get(i))) {
                throw new IllegalArgumentException("heads must follow the label order");
            }
        }
        if (features.usesEmbedding() == encoder.isEmpty()) {
            throw new IllegalArgumentException("an encoder is needed exactly when the features use embeddings");
        }
        int dimension = features.dimension(vectorizer.size(), embeddingDimension);
        for (LinearHead h : heads) {
            if (h.weights().length != dimension) {
                throw new IllegalArgumentException("head " + h.label() + " has " + h.weights().length
                        + " weights for " + dimension + " features");
            }
        }
        for (LinearHead h : gate) {
            if (h.weights().length != vectorizer.size()) {
                throw new IllegalArgumentException("gate head " + h.label() + " must read the TF-IDF block only");
            }
        }
    }

    /** Margins are clipped to ± this many log-odds. */
    public static final double MARGIN_LIMIT = 20;

    /**
     * How far a prediction of this model lies from the decision threshold of a label, in log-odds:
     * logit(score) − logit(threshold) of the stage that decided (the final head when the sentence
     * passed the gate, the gate head otherwise). Positive exactly when the label was given; clipped
     * to ±{@value #MARGIN_LIMIT}, and −{@value #MARGIN_LIMIT} for a label the model has no head for.
     *
     * @param prediction a prediction of this model
     * @param label a label
     * @return the margin
     */
    public double margin(Prediction prediction, String label) {
        for (LinearHead head : prediction.encoded() ? heads : gate) {
            if (head.label().equals(label)) {
                return logit(prediction.scores().getOrDefault(label, 0.0)) - logit(head.threshold());
            }
        }
        return -MARGIN_LIMIT;
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.max(-MARGIN_LIMIT, Math.min(MARGIN_LIMIT, Math.log(q / (1 - q))));
    }

    /** @return whether the model needs an {@link Embedder} */
    public boolean needsEncoder() {
        return features.usesEmbedding();
    }
}

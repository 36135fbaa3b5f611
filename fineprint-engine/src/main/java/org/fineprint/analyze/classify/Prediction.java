package org.fineprint.analyze.classify;

import java.util.List;
import java.util.Map;

/**
 * The labels a classifier gave one sentence.
 *
 * @param labels the labels given, in the model's label order; empty for none
 * @param scores each label's probability from the stage that decided: the final heads when the
 *     sentence passed the gate, the gate heads otherwise
 * @param encoded whether the sentence passed the gate (and was embedded, when the model uses an encoder)
 */
public record Prediction(List<String> labels, Map<String, Double> scores, boolean encoded) {
    public Prediction {
        labels = List.copyOf(labels);
        scores = Map.copyOf(scores);
    }
}

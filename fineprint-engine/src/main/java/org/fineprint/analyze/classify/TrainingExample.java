package org.fineprint.analyze.classify;

import java.util.Set;

/**
 * One labelled sentence for training.
 *
 * @param group the document (or group of copies of one document) it comes from; cross-validation
 *     keeps a group's sentences together, and neighbours are only looked up inside a group
 * @param text the sentence
 * @param labels its labels; empty for none
 * @param scored whether model selection (C, thresholds, gate) is judged on this example too;
 *     extra examples that do not look like the texts to classify (quotes collected elsewhere, say)
 *     are learnt from but not scored
 */
public record TrainingExample(String group, String text, Set<String> labels, boolean scored) {
    public TrainingExample {
        labels = Set.copyOf(labels);
    }

    /**
     * A scored example.
     *
     * @param group the document it comes from
     * @param text the sentence
     * @param labels its labels
     */
    public TrainingExample(String group, String text, Set<String> labels) {
        this(group, text, labels, true);
    }
}

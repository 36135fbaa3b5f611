package org.fineprint.analyze.classify;

import java.util.Set;

/**
 * One labelled sentence for training.
 *
 * @param group the document (or group of copies of one document) it comes from; cross-validation
 *     keeps a group's sentences together, and neighbours are only looked up inside a group
 * @param text the sentence
 * @param labels its labels; empty for none
 */
public record TrainingExample(String group, String text, Set<String> labels) {
    public TrainingExample {
        labels = Set.copyOf(labels);
    }
}

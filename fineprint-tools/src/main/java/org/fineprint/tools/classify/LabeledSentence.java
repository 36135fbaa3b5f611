package org.fineprint.tools.classify;

import java.util.Set;

/**
 * One sentence of a labelled corpus.
 *
 * @param corpus the corpus it comes from, e.g. {@code tos50}
 * @param doc the document name inside that corpus
 * @param idx the sentence's position in the document
 * @param text the sentence as written (original casing)
 * @param labels its lower-case label codes; empty for none
 */
public record LabeledSentence(String corpus, String doc, int idx, String text, Set<String> labels) {
    public LabeledSentence {
        labels = Set.copyOf(labels);
    }
}

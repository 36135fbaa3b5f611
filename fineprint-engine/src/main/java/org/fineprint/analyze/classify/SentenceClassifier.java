package org.fineprint.analyze.classify;

import java.util.List;

/** Labels sentences: the cascade {@link Classifier}, or {@link ClaudetteEnsemble}, which adds tuned encoders to it. */
public interface SentenceClassifier {

    /**
     * Labels a batch of sentences.
     *
     * @param texts the sentences, in document order (a model may read neighbours)
     * @return one prediction per text, in the same order
     * @throws ClassifierException when an encoder fails
     */
    List<Prediction> classify(List<String> texts);

    /** @return a short description for reports, e.g. {@code claudette (bge-small-en-v1.5-q + heads 2026-11-25)} */
    String description();
}

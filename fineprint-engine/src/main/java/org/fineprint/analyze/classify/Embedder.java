package org.fineprint.analyze.classify;

import java.util.List;

/** Turns texts into dense vectors (sentence embeddings). */
public interface Embedder {

    /**
     * Embeds a batch of texts.
     *
     * @param texts the texts, each a sentence or short clause
     * @return one vector of {@link #dimension()} floats per text, in the same order
     * @throws ClassifierException when the encoder cannot be loaded or fails
     */
    float[][] embed(List<String> texts);

    /** @return the encoder's name as recorded in model files, e.g. {@code bge-small-en-v1.5-q} */
    String modelName();

    /** @return the length of every vector {@link #embed(List)} returns */
    int dimension();
}

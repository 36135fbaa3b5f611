package org.fineprint.analyze.classify;

/**
 * Which feature blocks a classifier's final heads read, laid out one after the other in this order:
 * the sentence's TF-IDF vector, its embedding, then its neighbours' TF-IDF vectors.
 *
 * @param lexical include the sentence's TF-IDF vector
 * @param embeddingScale include the sentence embedding multiplied by this factor (which sets how
 *     strongly it is regularised against the TF-IDF block); 0 leaves it out
 * @param contextScale include the sum of the previous and the next sentence's TF-IDF vectors
 *     multiplied by this factor; 0 leaves it out
 */
public record FeatureSpec(boolean lexical, double embeddingScale, double contextScale) {
    /** TF-IDF only: no encoder needed. */
    public static final FeatureSpec LEXICAL = new FeatureSpec(true, 0, 0);

    public FeatureSpec {
        if (embeddingScale < 0 || contextScale < 0) {
            throw new IllegalArgumentException("feature scales must not be negative");
        }
        if (!lexical && embeddingScale == 0 && contextScale == 0) {
            throw new IllegalArgumentException("at least one feature block is needed");
        }
    }

    /** @return whether the final heads need sentence embeddings */
    public boolean usesEmbedding() {
        return embeddingScale > 0;
    }

    /** @return whether the final heads read the neighbouring sentences */
    public boolean usesContext() {
        return contextScale > 0;
    }

    /**
     * @param vocabularySize the TF-IDF dimension
     * @param embeddingDimension the embedding dimension
     * @return the total number of features
     */
    public int dimension(int vocabularySize, int embeddingDimension) {
        return (lexical ? vocabularySize : 0) + (usesEmbedding() ? embeddingDimension : 0)
                + (usesContext() ? vocabularySize : 0);
    }
}

package org.fineprint.analyze.classify;

import java.util.List;

/**
 * Several encoders side by side: each text's vector is the concatenation of every encoder's vector,
 * in the given order. Its name joins the parts' names with {@code +}.
 */
public final class ConcatEmbedder implements Embedder {
    private final List<Embedder> parts;
    private final String name;
    private final int dimension;

    /**
     * @param parts the encoders, at least two
     */
    public ConcatEmbedder(List<Embedder> parts) {
        if (parts.size() < 2) {
            throw new IllegalArgumentException("at least two encoders are needed");
        }
        this.parts = List.copyOf(parts);
        this.name = String.join("+", parts.stream().map(Embedder::modelName).toList());
        this.dimension = parts.stream().mapToInt(Embedder::dimension).sum();
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][dimension];
        int offset = 0;
        for (Embedder part : parts) {
            float[][] vectors = part.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                System.arraycopy(vectors[i], 0, out[i], offset, part.dimension());
            }
            offset += part.dimension();
        }
        return out;
    }

    @Override
    public String modelName() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }
}

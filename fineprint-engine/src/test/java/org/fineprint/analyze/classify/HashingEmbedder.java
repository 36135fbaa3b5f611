package org.fineprint.analyze.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A tiny deterministic encoder for tests: word hashes folded into 16 dimensions, unit length. Counts the texts it saw. */
final class HashingEmbedder implements Embedder {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public float[][] embed(List<String> texts) {
        seen.addAll(texts);
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            float[] v = new float[16];
            for (String token : WordTokenizer.tokens(texts.get(i))) {
                v[Math.floorMod(token.hashCode(), 16)] += 1;
            }
            double norm = 0;
            for (float f : v) {
                norm += f * f;
            }
            for (int j = 0; j < v.length && norm > 0; j++) {
                v[j] /= (float) Math.sqrt(norm);
            }
            out[i] = v;
        }
        return out;
    }

    @Override
    public String modelName() {
        return "hashing-16";
    }

    @Override
    public int dimension() {
        return 16;
    }
}

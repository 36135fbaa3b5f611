package org.fineprint.tools.classify;

import ai.onnxruntime.OrtEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.analyze.classify.ConcatEmbedder;
import org.fineprint.analyze.classify.Embedder;
import org.fineprint.analyze.classify.OnnxEmbedder;

/** The encoders the tools use: the real ONNX ones, behind the on-disk cache. */
final class Embedders {
    private Embedders() {
    }

    /**
     * @param encoder the encoder name, or several joined by {@code +} (their vectors concatenated)
     * @param threads embedding threads
     * @return the encoder with an on-disk cache under {@code ~/.cache/fineprint/embeddings}
     */
    static Embedder cached(String encoder, int threads) {
        if (encoder.contains("+")) {
            List<Embedder> parts = new ArrayList<>();
            for (String part : encoder.split("\\+")) {
                parts.add(cached(part, threads));
            }
            return new ConcatEmbedder(parts);
        }
        Embedder onnx = new OnnxEmbedder(encoder, threads);
        return new CachingEmbedder(onnx, CachingEmbedder.defaultDir(), runtimeVersion());
    }

    static String runtimeVersion() {
        String v = OrtEnvironment.class.getPackage().getImplementationVersion();
        return v != null ? v : OrtEnvironment.getEnvironment().getVersion();
    }
}

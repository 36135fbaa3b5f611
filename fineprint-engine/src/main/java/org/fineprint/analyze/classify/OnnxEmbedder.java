package org.fineprint.analyze.classify;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.fineprint.Lazy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings from a small quantised BERT model run in-process with ONNX Runtime, through
 * langchain4j's in-process embedding models ({@code bge-small-en-v1.5-q} or
 * {@code all-minilm-l6-v2-q}, both bundled in jars, so no network is needed).
 *
 * <p>The model is loaded lazily on the first {@link #embed(List)} and kept. Texts of a batch are
 * embedded in parallel, one ONNX run per text on each of {@code threads} daemon threads with one
 * intra-op thread per run (on two cores this is about 1.5 times faster than ONNX Runtime's
 * default threading). Thread-safe. Use {@link #shared(String)} so a process loads each model once.
 *
 * <p>ONNX Runtime 1.29.0 crashes the JVM while creating the session when the
 * {@code java.class.path} property is longer than about 4,000 characters; start the JVM with
 * {@code -jar} (a manifest class path) or a short class path.
 */
public final class OnnxEmbedder implements Embedder {
    /** BAAI bge-small-en-v1.5, int8-quantised, CLS pooling, 384 dimensions. */
    public static final String BGE_SMALL_EN_V15_Q = "bge-small-en-v1.5-q";
    /** sentence-transformers all-MiniLM-L6-v2, int8-quantised, mean pooling, 384 dimensions. */
    public static final String ALL_MINILM_L6_V2_Q = "all-minilm-l6-v2-q";

    private static final Logger log = LoggerFactory.getLogger(OnnxEmbedder.class);
    private static final Map<String, OnnxEmbedder> SHARED = new ConcurrentHashMap<>();
    private static final int DIMENSION = 384;

    private final String modelName;
    private final PoolingMode pooling;
    private final int threads;
    private final Lazy<Model> model = Lazy.of(this::open);

    /**
     * Creates an embedder; nothing is loaded until the first call to {@link #embed(List)}.
     *
     * @param modelName {@link #BGE_SMALL_EN_V15_Q} or {@link #ALL_MINILM_L6_V2_Q}
     * @param threads how many texts are embedded at the same time (usually the number of cores)
     * @throws ClassifierException when the model name is unknown
     */
    public OnnxEmbedder(String modelName, int threads) {
        this.pooling = switch (modelName) {
            case BGE_SMALL_EN_V15_Q -> PoolingMode.CLS;
            case ALL_MINILM_L6_V2_Q -> PoolingMode.MEAN;
            default -> throw new ClassifierException(modelName, "unknown encoder; use "
                    + BGE_SMALL_EN_V15_Q + " or " + ALL_MINILM_L6_V2_Q);
        };
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.modelName = modelName;
        this.threads = threads;
    }

    /**
     * Returns the process-wide embedder for a model, using one thread per available processor.
     *
     * @param modelName {@link #BGE_SMALL_EN_V15_Q} or {@link #ALL_MINILM_L6_V2_Q}
     * @return the shared instance; the model loads on first use
     * @throws ClassifierException when the model name is unknown
     */
    public static OnnxEmbedder shared(String modelName) {
        return SHARED.computeIfAbsent(modelName,
                name -> new OnnxEmbedder(name, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param modelName an encoder name
     * @return whether this class can load it
     */
    public static boolean isKnown(String modelName) {
        return modelName.equals(BGE_SMALL_EN_V15_Q) || modelName.equals(ALL_MINILM_L6_V2_Q);
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<TextSegment> segments = new ArrayList<>(texts.size());
        List<Integer> positions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).strip();
            if (text.isEmpty()) {
                out[i] = new float[DIMENSION]; // nothing to encode; the tokenizer would yield no tokens
            } else {
                segments.add(TextSegment.from(text));
                positions.add(i);
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings;
            try {
                embeddings = model.get().embedAll(segments).content();
            } catch (ClassifierException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ClassifierException(modelName, "the encoder failed on a batch of " + segments.size()
                        + " texts: " + e.getMessage() + "; check the input text", e);
            }
            for (int k = 0; k < positions.size(); k++) {
                out[positions.get(k)] = embeddings.get(k).vector();
            }
        }
        return out;
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    private Model open() {
        long start = System.nanoTime();
        ClassLoader loader = OnnxEmbedder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(modelName + ".onnx");
                InputStream tokenizer = loader.getResourceAsStream(modelName + "-tokenizer.json")) {
            if (model == null || tokenizer == null) {
                throw new ClassifierException(modelName, "the encoder's files are not on the class path; "
                        + "add the langchain4j-embeddings jar for this model");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
            AtomicInteger counter = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "fineprint-embed-" + counter.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            log.debug("loaded encoder model={} threads={} ms={}", modelName, threads,
                    (System.nanoTime() - start) / 1_000_000);
            return new Model(executor, encoder);
        } catch (IOException | OrtException e) {
            throw new ClassifierException(modelName, "the encoder could not be loaded: " + e.getMessage(), e);
        }
    }

    /** langchain4j's in-process model over our own ONNX session and executor. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(ExecutorService executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}

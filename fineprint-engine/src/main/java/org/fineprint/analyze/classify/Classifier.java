package org.fineprint.analyze.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.Lazy;
import org.jspecify.annotations.Nullable;

/**
 * Labels sentences with a trained {@link ClassifierModel}: a cheap lexical gate first, then the
 * final heads (which may read sentence embeddings) on the sentences that pass it.
 *
 * <p>Immutable and thread-safe (given a thread-safe {@link Embedder}). When the model reads
 * neighbouring sentences, a batch is taken as consecutive sentences of one document.
 */
public final class Classifier implements SentenceClassifier {
    /** Class-path resource of the committed CLAUDETTE clause model. */
    public static final String CLAUDETTE_MODEL = "/models/claudette.fpm";

    private static final Lazy<Classifier> CLAUDETTE = Lazy.of(() -> load(CLAUDETTE_MODEL));

    private final ClassifierModel model;
    private final @Nullable Embedder embedder;
    private final TfidfVectorizer vectorizer;
    private final FeatureAssembler assembler;

    /**
     * @param model the trained model
     * @param embedder the encoder the model was trained with; may be null when the model needs none
     * @throws ClassifierException when the model needs an encoder and the one given differs
     */
    public Classifier(ClassifierModel model, @Nullable Embedder embedder) {
        if (model.needsEncoder()) {
            if (embedder == null) {
                throw new ClassifierException(model.name(), "the model needs the encoder " + model.encoder()
                        + " and none was given");
            }
            if (!embedder.modelName().equals(model.encoder()) || embedder.dimension() != model.embeddingDimension()) {
                throw new ClassifierException(model.name(), "the model was trained with the encoder "
                        + model.encoder() + ", not " + embedder.modelName() + "; retrain it or use that encoder");
            }
        }
        this.model = model;
        this.embedder = model.needsEncoder() ? embedder : null;
        this.vectorizer = model.vectorizer();
        this.assembler = new FeatureAssembler(model.features(), vectorizer.size(), model.embeddingDimension());
    }

    /**
     * Loads a model from the class path with the shared {@link OnnxEmbedder} it names.
     *
     * @param resource the model file's resource path, e.g. {@link #CLAUDETTE_MODEL}
     * @return a classifier for that model
     * @throws ClassifierException when the resource is missing or not a model file
     */
    public static Classifier load(String resource) {
        return withSharedEncoder(ModelFile.readResource(resource));
    }

    /**
     * @param model a trained model
     * @return a classifier for it with the shared {@link OnnxEmbedder} it names, if it needs one
     */
    public static Classifier withSharedEncoder(ClassifierModel model) {
        return new Classifier(model, model.needsEncoder() ? OnnxEmbedder.shared(model.encoder()) : null);
    }

    /**
     * Returns the committed CLAUDETTE clause classifier (labels {@code a ch cr j law ltd ter use},
     * plus {@code pinc} when the model has it), loaded once per process.
     *
     * @return the shared classifier
     * @throws ClassifierException when the model file is missing or damaged
     */
    public static Classifier claudette() {
        return CLAUDETTE.get();
    }

    @Override
    public List<Prediction> classify(List<String> texts) {
        int n = texts.size();
        SparseVector[] tfidf = new SparseVector[n];
        for (int i = 0; i < n; i++) {
            tfidf[i] = vectorizer.transform(texts.get(i));
        }
        double[][] gateScores = new double[n][];
        List<Integer> passed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (model.gate().isEmpty()) {
                passed.add(i);
                continue;
            }
            double[] scores = new double[model.gate().size()];
            boolean pass = false;
            for (int k = 0; k < scores.length; k++) {
                LinearHead head = model.gate().get(k);
                scores[k] = head.probability(tfidf[i]);
                pass |= scores[k] >= head.threshold();
            }
            gateScores[i] = scores;
            if (pass) {
                passed.add(i);
            }
        }
        float[][] embeddings = null;
        if (embedder != null && !passed.isEmpty()) {
            List<String> toEmbed = new ArrayList<>(passed.size());
            for (int i : passed) {
                toEmbed.add(texts.get(i));
            }
            embeddings = embedder.embed(toEmbed);
        }
        Prediction[] out = new Prediction[n];
        boolean context = model.features().usesContext();
        for (int p = 0; p < passed.size(); p++) {
            int i = passed.get(p);
            SparseVector x = assembler.assemble(tfidf[i], embeddings == null ? null : embeddings[p],
                    context && i > 0 ? tfidf[i - 1] : null, context && i + 1 < n ? tfidf[i + 1] : null);
            List<String> labels = new ArrayList<>();
            Map<String, Double> scores = new HashMap<>();
            for (LinearHead head : model.heads()) {
                double prob = head.probability(x);
                scores.put(head.label(), prob);
                if (prob >= head.threshold()) {
                    labels.add(head.label());
                }
            }
            out[i] = new Prediction(labels, scores, true);
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                Map<String, Double> scores = new HashMap<>();
                for (int k = 0; k < model.gate().size(); k++) {
                    scores.put(model.gate().get(k).label(), gateScores[i][k]);
                }
                out[i] = new Prediction(List.of(), scores, false);
            }
        }
        return List.of(out);
    }

    /** @return the model this classifier runs */
    public ClassifierModel model() {
        return model;
    }

    @Override
    public String description() {
        String trained = model.metadata().getOrDefault("trained", "");
        String encoder = model.encoder().isEmpty() ? "tf-idf" : model.encoder();
        return model.name() + " (" + encoder + " + heads" + (trained.isEmpty() ? "" : " " + trained) + ")";
    }
}

package org.fineprint.analyze.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.Lazy;

/**
 * Fineprint's CLAUDETTE clause detector: the cascade of {@link Classifier#claudette()} and tuned
 * encoders (small BERT encoders with their top layers fine-tuned, {@link #TUNED_MODELS}) vote by
 * adding their margins in log-odds; a label applies when the sum is positive. Neither is reweighted:
 * the cascade's margin is {@link ClassifierModel#margin}, the encoders' the mean over all their
 * members (training runs) of each member's logit with its sampling offset (both 0 at their own
 * decision boundary).
 *
 * <p>Every sentence goes through every tuned member (there is no gate), so this costs about one
 * full-precision BERT pass per sentence and member. Immutable and thread-safe.
 */
public final class ClaudetteEnsemble implements SentenceClassifier {
    /** Class-path resources of the committed tuned encoders, one per base model. */
    public static final List<String> TUNED_MODELS = List.of("/models/claudette-tuned.fpt", "/models/claudette-tuned-minilm.fpt");

    private static final Lazy<ClaudetteEnsemble> SHARED = Lazy.of(ClaudetteEnsemble::loadCommitted);

    private final Classifier cascade;
    private final List<TunedEncoder> encoders;
    private final List<String> labels;
    private final int members;

    /**
     * @param cascade the TF-IDF and embedding cascade
     * @param encoders the tuned encoders; they share one label order, and their labels must be heads of the cascade
     * @throws ClassifierException when there is no encoder, when they disagree on their labels, or
     *     when one has a label the cascade lacks
     */
    public ClaudetteEnsemble(Classifier cascade, List<TunedEncoder> encoders) {
        if (encoders.isEmpty()) {
            throw new ClassifierException(cascade.model().name(), "the ensemble needs at least one tuned encoder");
        }
        List<String> labels = encoders.getFirst().model().labels();
        for (TunedEncoder encoder : encoders) {
            TunedEncoderModel m = encoder.model();
            if (!m.labels().equals(labels)) {
                throw new ClassifierException(m.name(), "the tuned encoders disagree on their labels: " + m.labels() + " and " + labels);
            }
            for (String label : m.labels()) {
                if (!cascade.model().labels().contains(label)) {
                    throw new ClassifierException(m.name(), "the tuned encoder's label " + label
                            + " is not one of the cascade's " + cascade.model().labels());
                }
            }
        }
        this.cascade = cascade;
        this.encoders = List.copyOf(encoders);
        this.labels = labels;
        this.members = encoders.stream().mapToInt(e -> e.model().members().size()).sum();
    }

    private static ClaudetteEnsemble loadCommitted() {
        List<TunedEncoder> encoders = new ArrayList<>();
        try {
            for (String resource : TUNED_MODELS) {
                encoders.add(TunedEncoder.load(TunedEncoderFile.readResource(resource)));
            }
            return new ClaudetteEnsemble(Classifier.claudette(), encoders);
        } catch (RuntimeException e) {
            encoders.forEach(TunedEncoder::close);
            throw e;
        }
    }

    /**
     * Returns the committed detector, loaded once per process (a few seconds: the cascade, its
     * quantised encoder, and one full-precision session per tuned member).
     *
     * @return the shared detector
     * @throws ClassifierException when a model file or the base model is missing or damaged
     */
    public static ClaudetteEnsemble shared() {
        return SHARED.get();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Labels follow the tuned encoder's label order; a prediction's scores are the logistic of the
     * summed margins (0.5 is the boundary), and every prediction counts as encoded.
     */
    @Override
    public List<Prediction> classify(List<String> texts) {
        List<Prediction> votes = cascade.classify(texts);
        double[][] tuned = tunedMargins(texts);
        List<Prediction> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            List<String> given = new ArrayList<>();
            Map<String, Double> scores = new HashMap<>();
            for (int j = 0; j < labels.size(); j++) {
                String label = labels.get(j);
                double sum = cascade.model().margin(votes.get(i), label) + tuned[i][j];
                scores.put(label, 1 / (1 + Math.exp(-sum)));
                if (sum > 0) {
                    given.add(label);
                }
            }
            out.add(new Prediction(given, scores, true));
        }
        return out;
    }

    /** The mean margin of all members of all tuned encoders, per sentence and label. */
    private double[][] tunedMargins(List<String> texts) {
        double[][] sum = new double[texts.size()][labels.size()];
        for (TunedEncoder encoder : encoders) {
            double share = encoder.model().members().size() / (double) members;
            double[][] margins = encoder.margins(texts);
            for (int i = 0; i < sum.length; i++) {
                for (int j = 0; j < labels.size(); j++) {
                    sum[i][j] += share * margins[i][j];
                }
            }
        }
        return sum;
    }

    @Override
    public String description() {
        StringBuilder out = new StringBuilder(cascade.description());
        for (TunedEncoder encoder : encoders) {
            TunedEncoderModel m = encoder.model();
            String trained = m.metadata().getOrDefault("trained", "");
            out.append(" + ").append(m.baseModel()).append(" tuned ×").append(m.members().size())
                    .append(trained.isEmpty() ? "" : " " + trained);
        }
        return out.toString();
    }
}

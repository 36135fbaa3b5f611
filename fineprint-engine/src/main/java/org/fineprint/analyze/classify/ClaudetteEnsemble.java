package org.fineprint.analyze.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.Lazy;

/**
 * Fineprint's CLAUDETTE clause detector: the cascade of {@link Classifier#claudette()} and a tuned
 * encoder (bge-small-en-v1.5 with its top layers fine-tuned, {@value #TUNED_MODEL}) vote by adding
 * their margins in log-odds; a label applies when the sum is positive. Neither is reweighted: the
 * cascade's margin is {@link ClassifierModel#margin}, the encoder's its members' mean logit with the
 * sampling offset (both 0 at their own decision boundary).
 *
 * <p>Every sentence goes through the tuned encoder (there is no gate), so this costs about one
 * full-precision BERT pass per sentence and member. Immutable and thread-safe.
 */
public final class ClaudetteEnsemble implements SentenceClassifier {
    /** Class-path resource of the committed tuned encoder. */
    public static final String TUNED_MODEL = "/models/claudette-tuned.fpt";

    private static final Lazy<ClaudetteEnsemble> SHARED = Lazy.of(() ->
            new ClaudetteEnsemble(Classifier.claudette(), TunedEncoder.load(TunedEncoderFile.readResource(TUNED_MODEL))));

    private final Classifier cascade;
    private final TunedEncoder encoder;

    /**
     * @param cascade the TF-IDF and embedding cascade
     * @param encoder the tuned encoder; its labels must be heads of the cascade
     * @throws ClassifierException when the encoder has a label the cascade lacks
     */
    public ClaudetteEnsemble(Classifier cascade, TunedEncoder encoder) {
        for (String label : encoder.model().labels()) {
            if (!cascade.model().labels().contains(label)) {
                throw new ClassifierException(encoder.model().name(), "the tuned encoder's label " + label
                        + " is not one of the cascade's " + cascade.model().labels());
            }
        }
        this.cascade = cascade;
        this.encoder = encoder;
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
        double[][] tuned = encoder.margins(texts);
        List<String> labels = encoder.model().labels();
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

    @Override
    public String description() {
        TunedEncoderModel m = encoder.model();
        String trained = m.metadata().getOrDefault("trained", "");
        return cascade.description() + " + " + m.baseModel() + " tuned ×" + m.members().size()
                + (trained.isEmpty() ? "" : " " + trained);
    }
}

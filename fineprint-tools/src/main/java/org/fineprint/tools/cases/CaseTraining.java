package org.fineprint.tools.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.analyze.classify.ClassifierModel;
import org.fineprint.analyze.classify.FeatureSpec;
import org.fineprint.analyze.classify.MultiLabelTrainer;
import org.fineprint.analyze.classify.TfidfSettings;
import org.fineprint.analyze.classify.TrainingExample;
import org.fineprint.analyze.classify.TrainingResult;
import org.fineprint.analyze.classify.TrainingSettings;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;

/** The recipe {@code fineprint train cases} and the cross-validated evaluations share. */
public final class CaseTraining {
    /** A case needs at least this many positive clauses to get a head. */
    public static final int MIN_POSITIVES = 8;
    /** Share of plain negative clauses kept for training (see {@link CaseExamples#build(java.util.function.Predicate, double)}). */
    public static final double NEGATIVE_SHARE = 0.35;
    /** TF-IDF over word 1-2-grams seen in at least 3 clauses, at most 20,000 terms (keeps the model small). */
    static final TfidfSettings TFIDF = new TfidfSettings(2, 0, 0, 3, 20_000, true);

    /** Bump when the recipe changes in a way {@link #fingerprint} cannot see (e.g. how examples are built). */
    private static final int RECIPE_VERSION = 2; // 2: the segmenter reads underlined lines and table headers as headings

    private CaseTraining() {
    }

    /**
     * A short name for this recipe on this catalogue: models trained by equal fingerprints are
     * interchangeable (the evaluations cache their fold models under it).
     *
     * @param catalog the catalogue the labels come from
     * @return eight hexadecimal digits
     */
    public static String fingerprint(CaseCatalog catalog) {
        StringBuilder s = new StringBuilder().append(RECIPE_VERSION).append(settings(1)).append(NEGATIVE_SHARE)
                .append(MIN_POSITIVES);
        for (Case c : catalog.all()) {
            s.append(c.id()).append(c.maps());
        }
        return String.format("%08x", s.toString().hashCode());
    }

    /** The training settings. */
    public static TrainingSettings settings(int threads) {
        return new TrainingSettings(TFIDF, FeatureSpec.LEXICAL, List.of(4.0), 0.5, 3, 7L, 0.0, 0.0, 1.0,
                threads, TrainingSettings.Fusion.STACKED, false);
    }

    /**
     * Trains a case model on examples.
     *
     * @param examples the clauses, grouped by service
     * @param catalog the catalogue (label order follows it)
     * @param metadata provenance stored in the model
     * @param threads heads fitted at the same time
     * @return the trained result (model and per-head report)
     */
    public static TrainingResult train(List<TrainingExample> examples, CaseCatalog catalog, Map<String, String> metadata,
                                       int threads) {
        Map<String, Integer> positives = new HashMap<>();
        for (TrainingExample e : examples) {
            e.labels().forEach(l -> positives.merge(l, 1, Integer::sum));
        }
        List<String> labels = new ArrayList<>();
        for (Case c : catalog.all()) {
            if (positives.getOrDefault(c.id(), 0) >= MIN_POSITIVES) {
                labels.add(c.id());
            }
        }
        return new MultiLabelTrainer(settings(threads), null).train("cases", labels, examples, metadata);
    }

    /** Only the model of {@link #train}. */
    public static ClassifierModel model(List<TrainingExample> examples, CaseCatalog catalog, Map<String, String> metadata,
                                        int threads) {
        return train(examples, catalog, metadata, threads).model();
    }
}

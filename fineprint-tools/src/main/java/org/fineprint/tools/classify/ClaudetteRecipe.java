package org.fineprint.tools.classify;

import java.util.List;
import org.fineprint.analyze.classify.FeatureSpec;
import org.fineprint.analyze.classify.OnnxEmbedder;
import org.fineprint.analyze.classify.TfidfSettings;
import org.fineprint.analyze.classify.TrainingSettings;

/** The settings {@code fineprint train claudette} and {@code fineprint eval claudette} share by default. */
public final class ClaudetteRecipe {
    /** The encoder of the committed model. */
    static final String ENCODER = OnnxEmbedder.BGE_SMALL_EN_V15_Q;
    /** Seed of the outer (evaluation) fold assignment of documents. */
    public static final long OUTER_SEED = 20_260_101L;
    /** Seed of the inner (model selection) fold assignment. */
    static final long INNER_SEED = 7L;
    public static final int OUTER_FOLDS = 5;
    static final int INNER_FOLDS = 4;

    private ClaudetteRecipe() {
    }

    /**
     * The default training settings: TF-IDF gate of recall 0.90, final heads stacking TF-IDF and
     * embedding (the neighbours block is off: on the claudette-tos50 folds it lowered macro-F1 from
     * 76.5 to 75.7, see docs/quality.md).
     *
     * @param threads how many heads to fit at the same time
     * @return the default training settings
     */
    static TrainingSettings settings(int threads) {
        return new TrainingSettings(TfidfSettings.DEFAULT, new FeatureSpec(true, 1.0, 0), List.of(1.0, 4.0, 16.0, 64.0),
                0.5, INNER_FOLDS, INNER_SEED, 0.90, 0.97, 1.0, threads, TrainingSettings.Fusion.STACKED, false);
    }
}

package org.fineprint.tools.classify;

import java.util.List;
import org.fineprint.analyze.classify.FeatureSpec;
import org.fineprint.analyze.classify.TfidfSettings;
import org.fineprint.analyze.classify.TrainingSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Training options shared by {@code train claudette} and {@code eval claudette}; unset ones keep the recipe's value. */
final class TrainingOptions {
    @Option(names = "--encoder", description = "Encoder: bge-small-en-v1.5-q or all-minilm-l6-v2-q (default: ${DEFAULT-VALUE}).")
    String encoder = ClaudetteRecipe.ENCODER;

    @Option(names = "--costs", split = ",", description = "Candidate C values of the logistic regressions.")
    @Nullable List<Double> costs;

    @Option(names = "--embedding-scale", description = "Weight of the embedding block (0: TF-IDF only).")
    @Nullable Double embeddingScale;

    @Option(names = "--context-scale", description = "Weight of the neighbouring sentences' TF-IDF block (0: none).")
    @Nullable Double contextScale;

    @Option(names = "--gate-recall", description = "Out-of-fold recall the lexical gate must keep per label (0: no gate).")
    @Nullable Double gateRecall;

    @Option(names = "--training-gate-recall", description = "The final heads learn from sentences a gate of this recall passes (0: all).")
    @Nullable Double trainingGateRecall;

    @Option(names = "--positive-weight-power", description = "Positives weigh (negatives/positives)^power.")
    @Nullable Double positiveWeightPower;

    @Option(names = "--max-word-ngram", description = "Longest word n-gram.")
    @Nullable Integer maxWordNgram;

    @Option(names = "--char-ngrams", description = "In-word character n-grams, e.g. 3-5 (default: none).")
    @Nullable String charNgrams;

    @Option(names = "--min-df", description = "Minimum document frequency of a term.")
    @Nullable Integer minDf;

    @Option(names = "--max-features", description = "Largest vocabulary.")
    @Nullable Integer maxFeatures;

    @Option(names = "--beta", description = "Thresholds maximise F-beta (1 = F1).")
    @Nullable Double beta;

    @Option(names = "--fusion", description = "How the final heads combine blocks: JOINT or STACKED.")
    TrainingSettings.@Nullable Fusion fusion;

    @Option(names = "--cross-label", negatable = true, description = "Stacking also reads every label's lexical log-odds.")
    @Nullable Boolean crossLabel;

    @Option(names = "--threads", description = "Heads fitted at the same time (default: number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    TrainingSettings settings() {
        TrainingSettings base = ClaudetteRecipe.settings(threads);
        TfidfSettings t = base.tfidf();
        int minChar = t.minCharNgram();
        int maxChar = t.maxCharNgram();
        if (charNgrams != null) {
            String[] range = charNgrams.split("-");
            minChar = Integer.parseInt(range[0]);
            maxChar = Integer.parseInt(range[range.length - 1]);
        }
        TfidfSettings tfidf = new TfidfSettings(maxWordNgram != null ? maxWordNgram : t.maxWordNgram(), minChar, maxChar,
                minDf != null ? minDf : t.minDf(), maxFeatures != null ? maxFeatures : t.maxFeatures(), t.sublinearTf());
        FeatureSpec f = base.features();
        FeatureSpec features = new FeatureSpec(f.lexical(), embeddingScale != null ? embeddingScale : f.embeddingScale(),
                contextScale != null ? contextScale : f.contextScale());
        return new TrainingSettings(tfidf, features, costs != null ? costs : base.costs(),
                positiveWeightPower != null ? positiveWeightPower : base.positiveWeightPower(), base.innerFolds(),
                base.seed(), gateRecall != null ? gateRecall : base.gateRecall(),
                trainingGateRecall != null ? trainingGateRecall : base.trainingGateRecall(), beta != null ? beta : base.beta(),
                threads, fusion != null ? fusion : base.fusion(), crossLabel != null ? crossLabel : base.crossLabel());
    }

    static String describe(TrainingSettings s, String encoder) {
        TfidfSettings t = s.tfidf();
        FeatureSpec f = s.features();
        return String.format("TF-IDF word 1-%d-grams%s, min df %d, at most %d terms, sublinear tf; "
                + "features: tf-idf%s%s (%s); encoder %s; L2 logistic regression, C in %s chosen per label and block, "
                + "positive weight (neg/pos)^%.2f; thresholds max F%s per label; gate recall %.2f "
                + "(final heads learn behind a gate of recall %.2f); "
                + "inner CV %d folds grouped by document (seed %d)",
                t.maxWordNgram(), t.maxCharNgram() > 0 ? " + char " + t.minCharNgram() + "-" + t.maxCharNgram() + "-grams" : "",
                t.minDf(), t.maxFeatures(),
                f.usesEmbedding() ? " + embedding x" + f.embeddingScale() : "",
                f.usesContext() ? " + neighbours x" + f.contextScale() : "",
                s.fusion().name().toLowerCase(java.util.Locale.ROOT) + (s.crossLabel() ? ", cross-label" : ""),
                f.usesEmbedding() ? encoder : "none", s.costs(), s.positiveWeightPower(),
                s.beta() == 1 ? "1" : String.valueOf(s.beta()), s.gateRecall(), s.trainingGateRecall(), s.innerFolds(),
                s.seed());
    }
}

package org.fineprint.finetune;

import ai.djl.ndarray.NDManager;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.tools.DataOption;
import org.fineprint.tools.classify.ClaudetteData;
import org.fineprint.tools.classify.LabeledSentence;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The fine-tuning recipe and its data, shared by {@code finetune claudette} and {@code finetune claudette-model}. */
final class RecipeOptions {
    private static final float WEIGHT_DECAY = 0.01f;
    static final float DROPOUT = 0.1f;
    private static final int TRAINED_LAYERS = 4;

    /** Reads {@code --base} by the encoder's id. */
    static final class BaseConverter implements ITypeConverter<BaseEncoder> {
        @Override
        public BaseEncoder convert(String value) {
            try {
                return BaseEncoder.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--extra-data", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Also train on the English sentences of claudette-multilingual-50 (in cross-validation, copies of test "
                + "documents left out); about three times the sentences (default: ${DEFAULT-VALUE}).")
    boolean extraData;

    @Option(names = "--base", paramLabel = "MODEL", converter = BaseConverter.class,
            description = "The pretrained encoder: bge-small-en-v1.5 (12 layers) or all-minilm-l6-v2 (6) (default: bge-small-en-v1.5).")
    BaseEncoder base = BaseEncoder.BGE_SMALL;

    @Option(names = "--from-layer", paramLabel = "N", description = "Train layers from this one up; those below stay frozen (default: the top 4 layers).")
    @Nullable Integer fromLayerOption;

    /** The first trained layer. */
    int fromLayer() {
        return fromLayerOption != null ? fromLayerOption : base.layers() - TRAINED_LAYERS;
    }

    @Option(names = "--epochs", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs = 8;

    @Option(names = "--negative-share", description = "Share of the unlabelled sentences each epoch sees (default: ${DEFAULT-VALUE}).")
    float negativeShare = 0.5f;

    @Option(names = "--lr", description = "Peak learning rate of the encoder layers (default: ${DEFAULT-VALUE}).")
    float learningRate = 1e-4f;

    @Option(names = "--head-lr", description = "Peak learning rate of the classification head (default: ${DEFAULT-VALUE}).")
    float headLearningRate = 2e-3f;

    @Option(names = "--positive-weight-power", description = "Positives weigh (negatives/positives)^power in the loss (default: ${DEFAULT-VALUE}).")
    double positiveWeightPower = 0.5;

    @Option(names = "--batch", description = "Sentences per step (default: ${DEFAULT-VALUE}).")
    int batch = 32;

    @Option(names = "--max-tokens", description = "Longer sentences are cut to this many tokens (default: ${DEFAULT-VALUE}).")
    int maxTokens = 128;

    /** Rejects options out of range with a one-line message. */
    void check(CommandSpec spec) {
        check(spec, fromLayer() >= 0 && fromLayer() < base.layers(), "--from-layer must be 0-" + (base.layers() - 1) + " for " + base.id());
        check(spec, epochs >= 1 && batch >= 1, "--epochs and --batch must be at least 1");
        check(spec, negativeShare > 0 && negativeShare <= 1, "--negative-share must be above 0 and at most 1");
        check(spec, maxTokens >= 8 && maxTokens <= 512, "--max-tokens must be 8-512 (the model's positions end at 512)");
    }

    static void check(CommandSpec spec, boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }

    FoldTrainer.Settings settings(long seed) {
        return new FoldTrainer.Settings(fromLayer(), epochs, negativeShare, learningRate, headLearningRate,
                positiveWeightPower, batch, WEIGHT_DECAY, DROPOUT, seed);
    }

    Path dataDir() {
        return data.dir();
    }

    List<LabeledSentence> tos50() {
        return ClaudetteData.tos50(dataDir());
    }

    /** The extra sentences when {@code --extra-data}, else none. */
    List<LabeledSentence> extra() {
        return extraData ? ClaudetteData.multilingualEnglish(dataDir()) : List.of();
    }

    /** One line naming every choice, for reports and model metadata. */
    String describe() {
        return String.format("layers %d-%d and a linear head on the first token trained, layers below frozen; %d epochs; "
                + "batch %d; AdamW, learning rate %s (head %s), 10%% warm-up then linear decay, weight decay %s; dropout %s; "
                + "%.0f%% of the unlabelled sentences per epoch; positives weighted (neg/pos)^%s; at most %d tokens",
                fromLayer(), base.layers() - 1, epochs, batch, learningRate, headLearningRate, WEIGHT_DECAY, DROPOUT, 100 * negativeShare,
                positiveWeightPower, maxTokens);
    }

    /** Hidden states below the trained layers for every sentence (the slow part before training). */
    List<FoldTrainer.Encoded> encode(NDManager manager, Bert bert, List<LabeledSentence> sentences, PrintStream progress) {
        long start = System.nanoTime();
        List<FoldTrainer.Encoded> out = FoldTrainer.encode(manager, bert, base.tokenizer(maxTokens),
                sentences.stream().map(LabeledSentence::text).toList(), sentences.stream().map(LabeledSentence::labels).toList(),
                fromLayer());
        progress.printf("encoded %d sentences up to layer %d in %.0f s%n", sentences.size(), fromLayer(),
                (System.nanoTime() - start) / 1e9);
        return out;
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

package org.fineprint.finetune;

import ai.djl.ndarray.NDManager;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fineprint.analyze.classify.GroupFolds;
import org.fineprint.tools.DataDir;
import org.fineprint.tools.classify.ClaudetteData;
import org.fineprint.tools.classify.ClaudetteRecipe;
import org.fineprint.tools.classify.DocumentMatcher;
import org.fineprint.tools.classify.LabeledSentence;
import org.fineprint.tools.classify.LexGlueScore;
import org.fineprint.tools.classify.OutOfFoldScores;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code fineprint finetune claudette}: cross-validates the fine-tuned encoder on the outer folds of
 * {@code eval claudette} (claudette-tos50, documents grouped, the same seed), training on the other
 * folds (with {@code --extra-data}, also on the English sentences of claudette-multilingual-50 that
 * match no test document).
 * Prints the LexGLUE measure; with {@code --cascade} also of the two classifiers combined.
 */
@Command(name = "claudette", mixinStandardHelpOptions = true,
        description = {"Cross-validate bge-small fine-tuned on CLAUDETTE sentence labels (LexGLUE measure).",
            "Folds, data and measure are those of 'eval claudette'; --cascade adds that command's --scores file."})
final class FineTuneClaudetteCommand implements Callable<Integer> {

    @Option(names = "--data", description = "The shared data directory (default: $FINEPRINT_DATA or shared/data above the working directory).")
    @Nullable Path data;

    @Option(names = "--extra-data", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Also train on the English sentences of claudette-multilingual-50, copies of test documents left out; "
                + "about three times the training time (default: ${DEFAULT-VALUE}).")
    boolean extraData;

    @Option(names = "--folds-to-run", split = ",", paramLabel = "N", description = "Run only these outer folds (1-5; default: all).")
    List<Integer> foldsToRun = List.of();

    @Option(names = "--from-layer", description = "Train layers from this one up (0-11); those below stay frozen (default: ${DEFAULT-VALUE}).")
    int fromLayer = 8;

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

    @Option(names = "--seed", description = "Seed of sampling, shuffling and the head's start (default: ${DEFAULT-VALUE}).")
    long seed = 1000;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the out-of-fold margins here (the format of 'eval claudette --scores').")
    @Nullable Path out;

    @Option(names = "--cascade", paramLabel = "FILE", description = "Margins of the cascade from 'eval claudette --scores FILE': also score the sum of both margins.")
    @Nullable Path cascade;

    @Option(names = "--with", paramLabel = "FILE", description = "Margins of other fine-tuned runs of the same folds (their --out), "
            + "e.g. with another --seed: averaged with this run's before the cascade's are added.")
    List<Path> others = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        check(fromLayer >= 0 && fromLayer < Bert.LAYERS, "--from-layer must be 0-" + (Bert.LAYERS - 1));
        check(epochs >= 1 && batch >= 1, "--epochs and --batch must be at least 1");
        check(negativeShare > 0 && negativeShare <= 1, "--negative-share must be above 0 and at most 1");
        check(maxTokens >= 8 && maxTokens <= 512, "--max-tokens must be 8-512 (the model's positions end at 512)");
        check(foldsToRun.stream().allMatch(f -> f >= 1 && f <= ClaudetteRecipe.OUTER_FOLDS),
                "--folds-to-run takes folds 1-" + ClaudetteRecipe.OUTER_FOLDS);
        List<Path> inputs = new ArrayList<>(others);
        if (cascade != null) {
            inputs.add(cascade);
        }
        inputs.forEach(file -> check(Files.isRegularFile(file), file + " is not a file"));
        PrintStream o = System.out;
        PrintStream progress = System.err;
        long start = System.nanoTime();
        Path dataDir = DataDir.resolve(data);
        List<LabeledSentence> tos50 = ClaudetteData.readTos50(dataDir.resolve("claudette-tos50/sentences.jsonl"));
        List<LabeledSentence> extra = extraData
                ? ClaudetteData.readMultilingualEnglish(dataDir.resolve("claudette-multilingual-50/sentences.jsonl"))
                : List.of();
        Map<String, Set<String>> copies = DocumentMatcher.byExtraDoc(DocumentMatcher.match(tos50, extra));
        Map<String, Integer> foldOf = GroupFolds.assign(tos50.stream().map(LabeledSentence::doc).toList(),
                ClaudetteRecipe.OUTER_FOLDS, ClaudetteRecipe.OUTER_SEED);
        List<LabeledSentence> all = new ArrayList<>(tos50);
        all.addAll(extra);
        FoldTrainer.Settings settings = new FoldTrainer.Settings(fromLayer, epochs, negativeShare, learningRate,
                headLearningRate, positiveWeightPower, batch, 0.01f, 0.1f, seed);
        List<String> labels = ClaudetteData.LEXGLUE_LABELS;
        Map<String, BgeSmall.Tensor> weights = BgeSmall.weights();
        List<OutOfFoldScores.Row> rows = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            Bert bert = new Bert(manager, weights, settings.dropout());
            long encoding = System.nanoTime();
            List<FoldTrainer.Encoded> encoded = FoldTrainer.encode(manager, bert, BgeSmall.tokenizer(maxTokens),
                    all.stream().map(LabeledSentence::text).toList(), all.stream().map(LabeledSentence::labels).toList(), fromLayer);
            progress.printf("encoded %d sentences up to layer %d in %.0f s%n", all.size(), fromLayer,
                    (System.nanoTime() - encoding) / 1e9);
            FoldTrainer trainer = new FoldTrainer(settings, labels, weights, progress);
            for (int fold = 1; fold <= ClaudetteRecipe.OUTER_FOLDS; fold++) {
                if (!foldsToRun.isEmpty() && !foldsToRun.contains(fold)) {
                    continue;
                }
                int f = fold - 1;
                List<FoldTrainer.Encoded> train = new ArrayList<>();
                List<Integer> test = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    LabeledSentence s = all.get(i);
                    if (s.corpus().equals(ClaudetteData.TOS50)) {
                        if (foldOf.get(s.doc()) == f) {
                            test.add(i);
                        } else {
                            train.add(encoded.get(i));
                        }
                    } else if (copies.getOrDefault(s.doc(), Set.of()).stream().noneMatch(d -> foldOf.get(d) == f)) {
                        train.add(encoded.get(i));
                    }
                }
                double[][] margins = trainer.trainAndScore(manager, bert, train, test.stream().map(encoded::get).toList(), fold);
                for (int k = 0; k < test.size(); k++) {
                    LabeledSentence s = all.get(test.get(k));
                    rows.add(new OutOfFoldScores.Row(fold, s.doc(), s.idx(), s.labels(), margins[k]));
                }
                progress.printf("fold %d: macro-F1 %.1f%n", fold,
                        100 * new OutOfFoldScores(rows.subList(rows.size() - test.size(), rows.size())).score().macroF1());
                if (out != null) {
                    new OutOfFoldScores(rows).write(out); // after every fold, so an interrupted run keeps what it finished
                }
            }
        }
        OutOfFoldScores scores = new OutOfFoldScores(rows);
        o.printf("CLAUDETTE clause detection, fine-tuned bge-small-en-v1.5 (%s)%n", LocalDate.now());
        o.printf("data: %s, folds of 'eval claudette' (seed %d)%s%n", dataDir.resolve("claudette-tos50"),
                ClaudetteRecipe.OUTER_SEED, extraData ? "; extra training data: claudette-multilingual-50 English, copies of test documents left out" : "");
        o.printf("recipe: layers %d-11 and a linear head on the first token trained, layers below frozen; %d epochs; "
                + "batch %d; AdamW, learning rate %s (head %s), 10%% warm-up then linear decay, weight decay 0.01; dropout 0.1; "
                + "%.0f%% of the unlabelled sentences per epoch; positives weighted (neg/pos)^%s; at most %d tokens%n",
                fromLayer, epochs, batch, learningRate, headLearningRate, 100 * negativeShare, positiveWeightPower, maxTokens);
        print(o, "fine-tuned", scores);
        OutOfFoldScores tuned = scores;
        if (!others.isEmpty()) {
            for (Path other : others) {
                tuned = tuned.plus(OutOfFoldScores.read(other).folds(foldsToRun));
            }
            tuned = tuned.times(1.0 / (others.size() + 1));
            print(o, "fine-tuned, mean of this run and " + others.size() + " more", tuned);
        }
        if (cascade != null) {
            OutOfFoldScores theirs = OutOfFoldScores.read(cascade).folds(foldsToRun);
            print(o, "cascade (" + cascade.getFileName() + ")", theirs);
            print(o, "fine-tuned + cascade (margins added)", tuned.plus(theirs));
        }
        o.printf("elapsed: %.0f s%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }

    private static void print(PrintStream o, String name, OutOfFoldScores scores) {
        LexGlueScore pooled = scores.score();
        o.println();
        o.printf("%s: macro-F1 %.1f, micro-F1 %.1f (all out-of-fold predictions pooled)%n", name, 100 * pooled.macroF1(),
                100 * pooled.microF1());
        StringBuilder folds = new StringBuilder();
        scores.byFold().forEach((f, s) -> folds.append(String.format(" %d: %.1f", f, 100 * s.macroF1())));
        o.println("  per fold:" + folds);
        o.printf("  %-5s %7s %6s %6s %6s%n", "label", "support", "P", "R", "F1");
        for (LexGlueScore.Column c : pooled.columns()) {
            o.printf("  %-5s %7d %6.1f %6.1f %6.1f%n", c.name(), c.support(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1());
        }
    }
}

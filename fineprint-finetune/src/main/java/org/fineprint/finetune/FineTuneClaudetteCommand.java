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
import org.fineprint.tools.classify.ClaudetteData;
import org.fineprint.tools.classify.ClaudetteRecipe;
import org.fineprint.tools.classify.DocumentMatcher;
import org.fineprint.tools.classify.LabeledSentence;
import org.fineprint.tools.classify.LexGlueScore;
import org.fineprint.tools.classify.OutOfFoldScores;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fineprint finetune claudette}: cross-validates the fine-tuned encoder on the outer folds of
 * {@code eval claudette} (claudette-tos50, documents grouped, the same seed), training on the other
 * folds (with {@code --extra-data}, also on the English sentences of claudette-multilingual-50 that
 * match no test document).
 * Prints the LexGLUE measure; with {@code --cascade} also of the two classifiers combined.
 */
@Command(name = "claudette", mixinStandardHelpOptions = true,
        description = {"Cross-validate a small encoder (bge-small by default) fine-tuned on CLAUDETTE sentence labels (LexGLUE measure).",
            "Folds, data and measure are those of 'eval claudette'; --cascade adds that command's --scores file."})
final class FineTuneClaudetteCommand implements Callable<Integer> {

    @Mixin
    RecipeOptions recipe = new RecipeOptions();

    @Option(names = "--folds-to-run", split = ",", paramLabel = "N", description = "Run only these outer folds (1-5; default: all).")
    List<Integer> foldsToRun = List.of();

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
        recipe.check(spec);
        RecipeOptions.check(spec, foldsToRun.stream().allMatch(f -> f >= 1 && f <= ClaudetteRecipe.OUTER_FOLDS),
                "--folds-to-run takes folds 1-" + ClaudetteRecipe.OUTER_FOLDS);
        List<Path> inputs = new ArrayList<>(others);
        if (cascade != null) {
            inputs.add(cascade);
        }
        inputs.forEach(file -> RecipeOptions.check(spec, Files.isRegularFile(file), file + " is not a file"));
        PrintStream o = System.out;
        PrintStream progress = System.err;
        long start = System.nanoTime();
        List<LabeledSentence> tos50 = recipe.tos50();
        List<LabeledSentence> extra = recipe.extra();
        Map<String, Set<String>> copies = DocumentMatcher.byExtraDoc(DocumentMatcher.match(tos50, extra));
        Map<String, Integer> foldOf = GroupFolds.assign(tos50.stream().map(LabeledSentence::doc).toList(),
                ClaudetteRecipe.OUTER_FOLDS, ClaudetteRecipe.OUTER_SEED);
        List<LabeledSentence> all = RecipeOptions.concat(tos50, extra);
        List<OutOfFoldScores.Row> rows = new ArrayList<>();
        Map<String, BaseEncoder.Tensor> weights = recipe.base.weights();
        try (NDManager manager = NDManager.newBaseManager()) {
            Bert bert = new Bert(manager, weights, RecipeOptions.DROPOUT);
            List<FoldTrainer.Encoded> encoded = recipe.encode(manager, bert, all, progress);
            FoldTrainer trainer = new FoldTrainer(recipe.settings(seed), ClaudetteData.LEXGLUE_LABELS, weights, progress);
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
                progress.printf("fold %d: macro-F1 %.1f on %d test sentences%n", fold,
                        100 * new OutOfFoldScores(rows.subList(rows.size() - test.size(), rows.size())).score().macroF1(),
                        test.size());
                if (out != null) {
                    new OutOfFoldScores(rows).write(out); // after every fold, so an interrupted run keeps what it finished
                }
            }
        }
        OutOfFoldScores scores = new OutOfFoldScores(rows);
        o.printf("CLAUDETTE clause detection, fine-tuned %s (%s)%n", recipe.base.id(), LocalDate.now());
        o.printf("data: %s, folds of 'eval claudette' (seed %d)%s%n", recipe.dataDir().resolve("claudette-tos50"),
                ClaudetteRecipe.OUTER_SEED, recipe.extraData ? "; extra training data: claudette-multilingual-50 English, copies of test documents left out" : "");
        o.printf("recipe: %s; seed %d%n", recipe.describe(), seed);
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

package org.fineprint.tools.classify;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.fineprint.analyze.classify.Classifier;
import org.fineprint.analyze.classify.ClaudetteEnsemble;
import org.fineprint.analyze.classify.ModelFile;
import org.fineprint.analyze.classify.Prediction;
import org.fineprint.analyze.classify.SentenceClassifier;
import org.fineprint.analyze.classify.TrainingResult;
import org.fineprint.analyze.classify.TrainingSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fineprint eval claudette}: grouped cross-validation of the clause classifier on
 * claudette-tos50 with the LexGLUE measure, or the committed model on a given JSONL file.
 */
@Command(name = "claudette", mixinStandardHelpOptions = true,
        description = {"CLAUDETTE clause detection, LexGLUE measure (macro-F1 over 8 categories + none).",
            "Without --model: 5-fold cross-validation grouped by document over claudette-tos50, with the "
                + "TF-IDF-only and embedding-only baselines.",
            "With --model committed|cascade|FILE --input FILE: scores that model on a JSONL file in the claudette-tos50 format.",
            "The shipped detector adds fine-tuned encoders to the cascade; 'finetune claudette --cascade' "
                + "cross-validates the two together from this command's --scores file."})
public final class EvalClaudetteCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", description = {"Score a trained model instead of cross-validating: 'committed' (the shipped detector, "
                + "cascade + tuned encoders), 'cascade' (the committed cascade alone) or a .fpm file."})
    @Nullable String model;

    @Option(names = "--input", description = "With --model: JSON lines with text (or text_original), labels and optionally doc.")
    @Nullable Path input;

    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Option(names = "--baselines", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also train the embedding-only baseline (default: ${DEFAULT-VALUE}).")
    boolean baselines;

    @Option(names = "--development", description = "Development protocol: evaluate on claudette-multilingual-50 English "
            + "(documents grouped the same way) with claudette-tos50 as the extra data; design choices are made here, not on tos50.")
    boolean development;

    @Option(names = "--folds", description = "Outer folds (default: ${DEFAULT-VALUE}).")
    int folds = ClaudetteRecipe.OUTER_FOLDS;

    @Option(names = "--seed", description = "Seed of the outer fold assignment (default: ${DEFAULT-VALUE}).")
    long seed = ClaudetteRecipe.OUTER_SEED;

    @Mixin
    TrainingOptions training = new TrainingOptions();

    @Option(names = "--scores", paramLabel = "FILE", description = "Also write the cascade's out-of-fold decision margins "
            + "(one row per sentence; see OutOfFoldScores) to FILE, to combine with another classifier scored on the same folds.")
    @Nullable Path scores;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (model != null) {
            if (input == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--model needs --input FILE");
            }
            scoreModel(out);
            return 0;
        }
        Path dataDir = corpus.dataDir();
        TrainingSettings settings = training.settings();
        CachingEmbedder embedder = Embedders.cached(training.encoder, training.threads);
        List<String> labels = new ArrayList<>(ClaudetteData.LEXGLUE_LABELS);
        if (corpus.extraData || development) {
            labels.add("pinc");
        }
        ClaudetteCrossValidation.Options options = new ClaudetteCrossValidation.Options(dataDir, corpus.extraData, settings,
                baselines, folds, seed, labels, development, corpus.tosdrQuotes, corpus.scoreExtra);
        long start = System.nanoTime();
        ClaudetteCrossValidation.Result result = new ClaudetteCrossValidation(embedder).run(options, System.err);
        double seconds = (System.nanoTime() - start) / 1e9;
        print(out, dataDir, settings, result, seconds);
        if (scores != null) {
            result.cascadeScores().write(scores);
            out.printf("out-of-fold margins of the cascade written to %s%n", scores);
        }
        return 0;
    }

    private void print(PrintStream out, Path dataDir, TrainingSettings settings, ClaudetteCrossValidation.Result r,
            double seconds) {
        int sentences = r.folds().stream().mapToInt(ClaudetteCrossValidation.Fold::testSentences).sum();
        int labelled = r.folds().stream().mapToInt(ClaudetteCrossValidation.Fold::testPositives).sum();
        int docs = r.folds().stream().mapToInt(f -> f.testDocs().size()).sum();
        out.printf("CLAUDETTE clause detection: %d-fold cross-validation grouped by document (%s)%s%n", folds,
                LocalDate.now(), development ? ", DEVELOPMENT protocol" : "");
        out.printf("data: %s (%d documents, %d sentences, %d with a label)%n",
                dataDir.resolve(development ? "claudette-multilingual-50 (English)" : "claudette-tos50"), docs, sentences,
                labelled);
        if (corpus.extraData || corpus.tosdrQuotes) {
            out.printf("extra training data: %s%s (%d sentences; model selection judged on %s); an extra document is "
                    + "left out of a fold's training when it matches a test document of that fold:%n",
                    !corpus.extraData ? "" : development ? "claudette-tos50" : "claudette-multilingual-50, English",
                    corpus.tosdrQuotes ? (corpus.extraData ? " + " : "") + "ToS;DR quotes of catalogue cases mapped to CLAUDETTE codes" : "",
                    r.extraSentences(), corpus.scoreExtra && corpus.extraData ? "both CLAUDETTE corpora" : "the evaluated corpus only");
            for (DocumentMatcher.Match m : r.matches()) {
                out.printf("  %s ~ %s (%s, %.0f%% shared 8-grams)%n", m.extraDoc(), m.evalDoc(),
                        m.sameName() ? "same name" : "different name", 100 * m.shared());
            }
        } else {
            out.println("extra training data: none");
        }
        out.printf("folds: documents sorted by name, shuffled with java.util.Random(%d), dealt to %d folds in turn%n",
                seed, folds);
        out.println("settings: " + TrainingOptions.describe(settings, training.encoder));
        out.println();
        List<String> variants = new ArrayList<>(r.pooled().keySet());
        out.printf("%-5s %-6s %-6s %-6s", "fold", "docs", "sents", "lab.");
        for (String v : variants) {
            out.printf(" %16s", v + " m/μ");
        }
        out.printf(" %8s %8s %6s%n", "encoder", "gate-in", "secs");
        for (ClaudetteCrossValidation.Fold f : r.folds()) {
            out.printf("%-5d %-6d %-6d %-6d", f.fold(), f.testDocs().size(), f.testSentences(), f.testPositives());
            for (String v : variants) {
                LexGlueScore s = f.scores().get(v);
                out.printf(" %16s", String.format("%.1f / %.1f", 100 * s.macroF1(), 100 * s.microF1()));
            }
            out.printf(" %7.1f%% %7.1f%% %6.0f%n", 100 * f.encodedShare(), 100 * f.innerGatePassShare(), f.seconds());
        }
        out.printf("%-23s", "mean ± sd of folds");
        for (String v : variants) {
            double[] m = r.folds().stream().mapToDouble(f -> 100 * f.scores().get(v).macroF1()).toArray();
            out.printf(" %16s", String.format("%.1f ± %.1f", mean(m), sd(m)));
        }
        out.println();
        out.println();
        out.println("overall (all out-of-fold predictions pooled):");
        for (String v : variants) {
            LexGlueScore s = r.pooled().get(v);
            out.printf("  %-15s macro-F1 %.1f  micro-F1 %.1f%n", v, 100 * s.macroF1(), 100 * s.microF1());
        }
        out.println();
        out.printf("per category (pooled; P / R / F1 of the cascade, then F1 of the baselines):%n");
        out.printf("  %-5s %7s %6s %6s %6s", "label", "support", "P", "R", "F1");
        for (String v : variants.subList(1, variants.size())) {
            out.printf(" %15s", v);
        }
        out.println();
        LexGlueScore main = r.pooled().get(variants.get(0));
        for (int c = 0; c < main.columns().size(); c++) {
            LexGlueScore.Column col = main.columns().get(c);
            out.printf("  %-5s %7d %6.1f %6.1f %6.1f", col.name(), col.support(), 100 * col.precision(),
                    100 * col.recall(), 100 * col.f1());
            for (String v : variants.subList(1, variants.size())) {
                out.printf(" %15.1f", 100 * r.pooled().get(v).columns().get(c).f1());
            }
            out.println();
        }
        out.println();
        out.printf("share of test sentences reaching the encoder: %.1f%%%n", 100 * r.encodedShare());
        if (!r.gateSweep().isEmpty()) {
            out.println("the same cascades with other gate thresholds (pooled; final heads as trained):");
            r.gateSweep().forEach((name, p) -> out.printf("  %-18s macro-F1 %.1f  micro-F1 %.1f  encoder %.1f%%%n", name,
                    100 * p.score().macroF1(), 100 * p.score().microF1(), 100 * p.encodedShare()));
        }
        out.println("inner choices per fold (label: C of the tf-idf gate head; final head; its out-of-fold F1):");
        for (ClaudetteCrossValidation.Fold f : r.folds()) {
            out.printf("  fold %d:%n", f.fold());
            for (TrainingResult.HeadReport h : f.heads()) {
                out.printf("    %-5s C=%s; %s; F1 %.2f%n", h.label(), num(h.lexicalCost()), h.finalHead(), h.f());
            }
        }
        out.println("published anchors (LexGLUE test documents, not these folds): TF-IDF+SVM 75.0, BERT 81.3, Legal-BERT 83.0");
        out.println("this is the cascade; the shipped detector adds fine-tuned encoders: measure them together with "
                + "--scores FILE here, then './fineprint finetune claudette --cascade FILE' (docs/quality.md)");
        out.printf("elapsed: %.0f s%n", seconds);
    }

    private void scoreModel(PrintStream out) {
        Path file = input;
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--input " + file + " is not a file");
        }
        SentenceClassifier classifier;
        if ("committed".equals(model)) {
            classifier = ClaudetteEnsemble.shared();
        } else if ("cascade".equals(model)) {
            classifier = Classifier.claudette();
        } else {
            classifier = Classifier.withSharedEncoder(ModelFile.read(Path.of(model)));
        }
        List<LabeledSentence> sentences = ClaudetteData.readTos50(file);
        Map<String, List<String>> byDoc = new TreeMap<>();
        Map<String, List<Set<String>>> goldByDoc = new TreeMap<>();
        for (LabeledSentence s : sentences) {
            byDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s.text());
            goldByDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s.labels());
        }
        long start = System.nanoTime();
        List<Prediction> predictions = ClaudetteCrossValidation.classify(classifier, byDoc);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Set<String>> gold = new ArrayList<>();
        goldByDoc.values().forEach(gold::addAll);
        LexGlueScore score = LexGlueScore.compute(ClaudetteData.LEXGLUE_LABELS, gold,
                ClaudetteCrossValidation.labelsOf(predictions));
        long encoded = predictions.stream().filter(Prediction::encoded).count();
        out.printf("model: %s%n", classifier.description());
        out.printf("input: %s (%d documents, %d sentences)%n", file, byDoc.size(), sentences.size());
        out.printf("macro-F1 %.1f  micro-F1 %.1f (LexGLUE measure)%n", 100 * score.macroF1(), 100 * score.microF1());
        out.printf("  %-5s %7s %6s %6s %6s%n", "label", "support", "P", "R", "F1");
        for (LexGlueScore.Column c : score.columns()) {
            out.printf("  %-5s %7d %6.1f %6.1f %6.1f%n", c.name(), c.support(), 100 * c.precision(), 100 * c.recall(),
                    100 * c.f1());
        }
        out.printf("share of sentences reaching the encoder: %.1f%%; %.0f sentences/s (model loaded, JVM warm)%n",
                100.0 * encoded / Math.max(1, predictions.size()), predictions.size() / seconds);
    }

    private static String num(double c) {
        return c == Math.rint(c) ? String.valueOf((long) c) : String.valueOf(c);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return v.length < 2 ? 0 : Math.sqrt(s / (v.length - 1));
    }
}

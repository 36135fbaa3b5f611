package org.fineprint.tools.classify;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fineprint.analyze.classify.ClassifierModel;
import org.fineprint.analyze.classify.ModelFile;
import org.fineprint.analyze.classify.MultiLabelTrainer;
import org.fineprint.analyze.classify.TrainingExample;
import org.fineprint.analyze.classify.TrainingResult;
import org.fineprint.analyze.classify.TrainingSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fineprint train claudette}: trains the CLAUDETTE clause classifier on all of
 * claudette-tos50 (and the English part of claudette-multilingual-50) and writes the model file
 * committed under {@code fineprint-engine/src/main/resources/models/}.
 */
@Command(name = "claudette", mixinStandardHelpOptions = true,
        description = "Train the CLAUDETTE clause classifier on all documents and write models/claudette.fpm.")
public final class TrainClaudetteCommand implements Callable<Integer> {
    static final String MODEL_PATH = "fineprint-engine/src/main/resources/models/claudette.fpm";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--output", description = "Where to write the model (default: " + MODEL_PATH + " in the repository).")
    @Nullable Path output;

    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Option(names = "--date", description = "The training date recorded in the model (default: today); fix it to rebuild a file bit for bit.")
    @Nullable LocalDate date;

    @Mixin
    TrainingOptions training = new TrainingOptions();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Path dataDir = corpus.dataDir();
        Path target = output != null ? output : repositoryRoot().resolve(MODEL_PATH);
        TrainingSettings settings = training.settings();
        List<LabeledSentence> tos50 = ClaudetteData.tos50(dataDir);
        List<LabeledSentence> extra = corpus.extraData ? ClaudetteData.multilingualEnglish(dataDir) : List.of();
        List<LabeledSentence> quotes = corpus.tosdrQuotes ? ClaudetteData.readTosdrQuotes(dataDir) : List.of();
        Map<String, String> groupOf = ClaudetteCrossValidation.Groups.of(tos50, List.of(extra, quotes));
        List<TrainingExample> examples = new ArrayList<>();
        for (LabeledSentence s : tos50) {
            examples.add(ClaudetteCrossValidation.example(s, groupOf, true));
        }
        for (LabeledSentence s : extra) {
            examples.add(ClaudetteCrossValidation.example(s, groupOf,
                    ClaudetteCrossValidation.scored(s, ClaudetteData.TOS50, corpus.scoreExtra)));
        }
        for (LabeledSentence s : quotes) {
            examples.add(ClaudetteCrossValidation.example(s, groupOf, false));
        }
        List<String> labels = new ArrayList<>(ClaudetteData.LEXGLUE_LABELS);
        if (corpus.extraData) {
            labels.add("pinc");
        }
        CachingEmbedder embedder = Embedders.cached(training.encoder, training.threads);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("trained", (date != null ? date : LocalDate.now()).toString());
        metadata.put("data", "claudette-tos50 (" + tos50.size() + " sentences)"
                + (corpus.extraData ? " + claudette-multilingual-50 English (" + extra.size() + " sentences)" : "")
                + (corpus.tosdrQuotes ? " + ToS;DR quotes of catalogue cases mapped to CLAUDETTE codes (" + quotes.size()
                    + " sentences, not scored)" : "")
                + (corpus.extraData && !corpus.scoreExtra ? "; model selection judged on claudette-tos50 only" : ""));
        metadata.put("command", "fineprint train claudette" + String.join("", spec.commandLine().getParseResult()
                .originalArgs().stream().map(a -> " " + a).toList()));
        metadata.put("settings", TrainingOptions.describe(settings, training.encoder));
        metadata.put("onnxruntime", Embedders.runtimeVersion());
        long start = System.nanoTime();
        TrainingResult result = new MultiLabelTrainer(settings, embedder).train("claudette", labels, examples, metadata);
        ClassifierModel model = result.model();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + target, e);
        }
        ModelFile.write(model, target);
        out.printf("trained %s on %d sentences (%d labels) in %.0f s%n", model.name(), examples.size(), labels.size(),
                (System.nanoTime() - start) / 1e9);
        out.println("settings: " + metadata.get("settings"));
        out.printf("inner cross-validation (out of fold, %d folds grouped by document):%n", settings.innerFolds());
        out.printf("  %-5s %9s %9s %9s %9s %9s  %s%n", "label", "positives", "C tf-idf", "F1 tf-idf", "F1 final",
                "threshold", "final head");
        for (TrainingResult.HeadReport h : result.heads()) {
            out.printf("  %-5s %9d %9s %9.3f %9.3f %9.3f  %s%n", h.label(), h.positives(), h.lexicalCost(), h.lexicalF(),
                    h.f(), h.threshold(), h.finalHead());
        }
        out.printf("gate: %.1f%% of training sentences passed out of fold%n", 100 * result.gatePassShare());
        out.printf("wrote %s (%d bytes, %d terms, encoder %s)%n", target, fileSize(target), model.vectorizer().size(),
                model.encoder().isEmpty() ? "none" : model.encoder());
        return 0;
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The repository root: the working directory or the first parent holding fineprint-engine. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fineprint-engine"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }
}

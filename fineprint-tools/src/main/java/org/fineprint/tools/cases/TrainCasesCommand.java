package org.fineprint.tools.cases;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fineprint.tools.DataOption;
import org.fineprint.analyze.classify.ModelFile;
import org.fineprint.analyze.classify.TrainingExample;
import org.fineprint.analyze.classify.TrainingResult;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.tools.QuietLogs;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fineprint train cases}: trains the case detector on every ToS;DR service of the shared
 * data and writes {@code models/cases.fpm} into the engine's resources.
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Train the case detector on ToS;DR points located in the shared texts; writes models/cases.fpm.")
public final class TrainCasesCommand implements Callable<Integer> {
    static final String MODEL_PATH = "fineprint-engine/src/main/resources/models/cases.fpm";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the model (default: " + MODEL_PATH + ").")
    @Nullable Path output;

    @Option(names = "--date", description = "The training date recorded in the model (default: today).")
    @Nullable LocalDate date;

    @Option(names = "--threads", defaultValue = "2", description = "Heads fitted at the same time (default 2).")
    int threads = 2;

    @Override
    public Integer call() throws Exception {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        CaseCatalog catalog = CaseCatalog.builtIn();
        List<TrainingExample> examples = new CaseExamples(data.dir(), catalog).build(s -> true, CaseTraining.NEGATIVE_SHARE);
        long positives = examples.stream().filter(e -> !e.labels().isEmpty()).count();
        out.printf(Locale.ROOT, "examples %d (%d with a case) from %d services%n", examples.size(), positives,
                examples.stream().map(TrainingExample::group).distinct().count());
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("trained", (date != null ? date : LocalDate.now()).toString());
        metadata.put("data", "ToS;DR points located in Open Terms Archive texts + unlocated ToS;DR quotes");
        metadata.put("command", "fineprint train cases");
        TrainingResult result = CaseTraining.train(examples, catalog, metadata, threads);
        Path target = output != null ? output : Path.of(MODEL_PATH);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ModelFile.write(result.model(), target);
        out.printf(Locale.ROOT, "heads %d of %d cases; model %s (%,d bytes) in %.0f s%n", result.model().labels().size(),
                catalog.size(), target, Files.size(target), (System.nanoTime() - started) / 1e9);
        for (TrainingResult.HeadReport h : result.heads()) {
            out.println("  " + h);
        }
        return 0;
    }
}

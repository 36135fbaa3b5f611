package org.fineprint.tools.analysis;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fineprint.tools.DataOption;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.registry.DocumentType;
import org.fineprint.tools.QuietLogs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fineprint bench analyze}: the built-in analyser's speed, two ways.
 * <ol>
 *   <li>Cold: {@code fineprint analyze} of AliExpress's Terms of Service and Privacy Policy as a new
 *       process each time (JVM start included), wall time and peak RSS from {@code /usr/bin/time}.</li>
 *   <li>Batch: every English terms and privacy text of the shared data analysed in one process,
 *       after a warm-up, in megabytes of text per minute.</li>
 * </ol>
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Speed of the built-in analyser: cold runs on AliExpress and batch throughput.")
public final class BenchAnalyzeCommand implements Callable<Integer> {
    static final String ALIEXPRESS_TERMS = "texts/vlopses-gb-versions/AliExpress__Terms-of-Service.md";
    static final String ALIEXPRESS_PRIVACY = "texts/vlopses-gb-versions/AliExpress__Privacy-Policy.md";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--runs", defaultValue = "3", description = "Cold runs (default 3).")
    int runs = 3;

    @Option(names = "--batch-mb", defaultValue = "8", description = "Megabytes of text in the batch (default 8).")
    double batchMb = 8;

    @Override
    public Integer call() throws IOException, InterruptedException {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.dir();
        Path ota = dir.resolve("opentermsarchive");
        out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        cold(out, ota);
        batch(out, dir);
        return 0;
    }

    private void cold(PrintWriter out, Path ota) throws IOException, InterruptedException {
        Path jar = Path.of("fineprint-cli", "target", "fineprint.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar) || !Files.isExecutable(Path.of("/usr/bin/time"))) {
            out.println("cold: skipped (needs fineprint-cli/target/fineprint.jar, run from the repository root, and /usr/bin/time)");
            return;
        }
        long chars = Files.readString(ota.resolve(ALIEXPRESS_TERMS)).length() + Files.readString(ota.resolve(ALIEXPRESS_PRIVACY)).length();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        out.printf(Locale.ROOT, "cold: fineprint analyze AliExpress terms + privacy (%,d characters), %d runs%n", chars, runs);
        for (int run = 1; run <= runs; run++) {
            Path timing = Files.createTempFile("fineprint-bench", ".time");
            Process p = new ProcessBuilder("/usr/bin/time", "-f", "%e %M", "-o", timing.toString(), java,
                    "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "analyze", "--service", "AliExpress",
                    "--format", "json", "terms=" + ota.resolve(ALIEXPRESS_TERMS), "privacy=" + ota.resolve(ALIEXPRESS_PRIVACY))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            String[] parts = Files.readString(timing, StandardCharsets.UTF_8).strip().split("\\s+");
            Files.deleteIfExists(timing);
            out.printf(Locale.ROOT, "  run %d: exit %d, %.2f s wall, peak RSS %.0f MB%n", run, exit,
                    Double.parseDouble(parts[parts.length - 2]), Long.parseLong(parts[parts.length - 1]) / 1024.0);
        }
    }

    private void batch(PrintWriter out, Path dir) {
        OtaTexts texts = OtaTexts.read(dir);
        List<AnalysisRequest.SourceText> docs = new ArrayList<>();
        long total = 0;
        for (OtaTexts.Entry e : texts.entries()) {
            if (!"en".equals(e.lang()) || e.chars() < 2000 || (e.type() != DocumentType.TERMS && e.type() != DocumentType.PRIVACY)
                    || !texts.exists(e.file())) {
                continue;
            }
            docs.add(new AnalysisRequest.SourceText(e.type(), e.termsType(), e.file(), texts.text(e.file())));
            total += e.chars();
            if (total >= batchMb * 1_000_000) {
                break;
            }
        }
        LocalAnalyzer analyzer = LocalAnalyzer.builtIn();
        for (AnalysisRequest.SourceText d : docs.subList(0, Math.min(5, docs.size()))) {
            analyzer.analyze(new AnalysisRequest("warm-up", null, List.of(d)));
        }
        long started = System.nanoTime();
        for (AnalysisRequest.SourceText d : docs) {
            analyzer.analyze(new AnalysisRequest("bench", null, List.of(d)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "batch: %d documents, %.1f MB of text in %.1f s: %.1f MB per minute (%s)%n", docs.size(),
                total / 1e6, seconds, total / 1e6 / seconds * 60, analyzer.detector().modelName());
    }
}

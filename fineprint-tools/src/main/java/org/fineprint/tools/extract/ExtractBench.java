package org.fineprint.tools.extract;

import org.fineprint.tools.DataOption;
import org.fineprint.tools.QuietLogs;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fineprint.extract.DefaultExtractor;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fineprint bench extract}: extraction speed on the {@code ota-extraction} snapshots and on
 * a large generated HTML page, after JIT warm-up, in one thread.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measure extraction speed (MB/s, docs/s) on the ota-extraction snapshots.",
                "",
                "Also extracts a large generated HTML page. Single-threaded, after warm-up rounds that are not counted."})
public final class ExtractBench implements Callable<Integer> {

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Uncounted warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--large-mb", paramLabel = "MB", defaultValue = "20", description = "Size of the generated page (default: ${DEFAULT-VALUE}).")
    int largeMb;

    @Override
    public Integer call() throws Exception {
        QuietLogs.apply();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB; warm-up %d rounds, measured %d rounds%n",
                System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20, warmup, rounds);
        List<Job> html = new ArrayList<>();
        List<Job> pdf = new ArrayList<>();
        for (OtaCase c : OtaCase.load(data.dir())) {
            for (int i = 0; i < c.snapshots().size(); i++) {
                Job job = new Job(c.declaration().sources().get(i), c.snapshots().get(i));
                (job.snapshot().isPdf() ? pdf : html).add(job);
            }
        }
        DefaultExtractor extractor = new DefaultExtractor();
        measure(out, "ota-extraction HTML", html, extractor, warmup, rounds);
        measure(out, "ota-extraction PDF", pdf, extractor, warmup, rounds);
        List<Job> all = new ArrayList<>(html);
        all.addAll(pdf);
        measure(out, "ota-extraction all", all, extractor, 0, rounds);
        byte[] large = LargePage.generate(largeMb * 1_000_000);
        URI url = URI.create("https://example.com/terms");
        Job big = new Job(SourceDocument.of(url), new Snapshot(url, url, 200, "text/html", "UTF-8", large, Instant.EPOCH, "file"));
        measure(out, "generated HTML " + largeMb + " MB", List.of(big), extractor, 1, Math.max(1, rounds / 2));
        return 0;
    }

    private static void measure(PrintStream out, String name, List<Job> jobs, DefaultExtractor extractor,
                                int warmup, int rounds) {
        if (jobs.isEmpty()) {
            return;
        }
        long bytes = jobs.stream().mapToLong(j -> j.snapshot().content().length).sum();
        for (int i = 0; i < warmup; i++) {
            run(jobs, extractor);
        }
        System.gc();
        resetPeaks();
        long chars = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            chars += run(jobs, extractor);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = bytes * (double) rounds / 1e6;
        out.printf(Locale.ROOT, "%-28s %3d docs %8.2f MB  %8.2f MB/s %8.1f docs/s  %6.1f ms/doc  out %.1f M chars  peak heap %d MiB%n",
                name, jobs.size(), bytes / 1e6, mb / seconds, jobs.size() * rounds / seconds,
                1000 * seconds / (jobs.size() * rounds), chars / (double) rounds / 1e6, peakHeapMiB());
    }

    private static long run(List<Job> jobs, DefaultExtractor extractor) {
        long chars = 0;
        for (Job job : jobs) {
            chars += extractor.extract(job.source(), job.snapshot()).length();
        }
        return chars;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private record Job(SourceDocument source, Snapshot snapshot) {
    }
}

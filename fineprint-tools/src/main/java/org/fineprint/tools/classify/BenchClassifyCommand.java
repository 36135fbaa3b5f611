package org.fineprint.tools.classify;

import org.fineprint.tools.DataOption;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.fineprint.analyze.classify.Classifier;
import org.fineprint.analyze.classify.ClassifierModel;
import org.fineprint.analyze.classify.ClaudetteEnsemble;
import org.fineprint.analyze.classify.ModelFile;
import org.fineprint.analyze.classify.Prediction;
import org.fineprint.analyze.classify.SentenceClassifier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fineprint bench classify}: throughput of the clause classifier on whole documents (by
 * default AliExpress's Terms of Service and Privacy Policy), split into sentences, classified in
 * batches as {@code fineprint classify} does; prints times, sentences per second, megabytes per
 * minute, the share of sentences reaching the encoder and peak memory.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Speed of the clause classifier on whole documents (default: AliExpress ToS + Privacy Policy).")
public final class BenchClassifyCommand implements Callable<Integer> {
    static final List<String> DEFAULT_INPUTS = List.of(
            "opentermsarchive/texts/vlopses-gb-versions/AliExpress__Terms-of-Service.md",
            "opentermsarchive/texts/vlopses-gb-versions/AliExpress__Privacy-Policy.md");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L})\"”’'][.!?;:])\\s+(?=[\\p{Lu}\\p{N}(“\"'])");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Text or Markdown files (default: AliExpress ToS + Privacy Policy).")
    List<Path> files = new ArrayList<>();

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--model", description = "'committed' (default: the cascade alone, then with the tuned encoders, "
            + "as 'classify --labels claudette' runs it) or a .fpm file.")
    String model = "committed";

    @Option(names = "--no-gate", description = "Also run with the lexical gate switched off (every sentence embedded), for comparison.")
    boolean compareNoGate;

    @Option(names = "--write-sentences", description = "Also write the sentences as JSON lines {\"id\", \"text\"} "
            + "(input for timing 'fineprint classify' end to end).")
    @Nullable Path writeSentences;

    @Option(names = "--batch", description = "Sentences per classify call (default: ${DEFAULT-VALUE}, as fineprint classify).")
    int batch = 256;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<Path> inputs = files;
        if (inputs.isEmpty()) {
            Path dataDir = data.dir();
            inputs = DEFAULT_INPUTS.stream().map(dataDir::resolve).toList();
        }
        List<String> sentences = new ArrayList<>();
        long chars = 0;
        for (Path file : inputs) {
            String text = Files.readString(file);
            chars += text.length();
            sentences.addAll(split(text));
        }
        if (writeSentences != null) {
            JsonMapper json = JsonMapper.builder().build();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                lines.add(json.writeValueAsString(Map.of("id", i, "text", sentences.get(i))));
            }
            Files.write(writeSentences, lines);
        }
        long loadStart = System.nanoTime();
        ClassifierModel m = "committed".equals(model) ? ModelFile.readResource(Classifier.CLAUDETTE_MODEL)
                : ModelFile.read(Path.of(model));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        out.printf("input: %d files, %d characters, %d sentences (split at line breaks and sentence ends)%n",
                inputs.size(), chars, sentences.size());
        out.printf("model: %s, %d terms, encoder %s; loaded in %.2f s%n", m.name(), m.vectorizer().size(),
                m.encoder().isEmpty() ? "none" : m.encoder(), loadSeconds);
        run(out, "cascade", Classifier.withSharedEncoder(m), sentences, chars);
        if (compareNoGate && !m.gate().isEmpty()) {
            ClassifierModel noGate = new ClassifierModel(m.name(), m.labels(), m.vectorizer(), m.features(), m.encoder(),
                    m.embeddingDimension(), List.of(), m.heads(), m.metadata());
            run(out, "no gate", Classifier.withSharedEncoder(noGate), sentences, chars);
        }
        if ("committed".equals(model)) {
            run(out, "cascade + tuned encoders (classify --labels claudette)", ClaudetteEnsemble.shared(), sentences, chars);
        }
        out.printf("peak RSS %.0f MB; JVM uptime %.1f s; %d processors%n", peakRssMegabytes(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private void run(PrintStream out, String name, SentenceClassifier classifier, List<String> sentences, long chars) {
        long start = System.nanoTime();
        double firstBatch = 0;
        int encoded = 0;
        Map<String, Integer> counts = new TreeMap<>();
        for (int from = 0; from < sentences.size(); from += batch) {
            List<Prediction> predictions = classifier.classify(sentences.subList(from, Math.min(sentences.size(), from + batch)));
            if (from == 0) {
                firstBatch = (System.nanoTime() - start) / 1e9;
            }
            for (Prediction p : predictions) {
                encoded += p.encoded() ? 1 : 0;
                p.labels().forEach(l -> counts.merge(l, 1, Integer::sum));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%s: %.2f s for %d sentences (first batch %.2f s, includes loading the encoders): %.0f sentences/s, "
                + "%.2f MB/min; %.1f%% reached an encoder; labels %s%n", name, seconds, sentences.size(), firstBatch,
                sentences.size() / seconds, chars / 1e6 / (seconds / 60), 100.0 * encoded / sentences.size(), counts);
    }

    /** A plain splitter for benchmarking only: lines, then a word's final stop followed by a capital or digit. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            for (String s : SENTENCE_END.split(trimmed)) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static double peakRssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}

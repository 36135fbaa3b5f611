package org.fineprint.tools.extract;

import org.fineprint.tools.DataOption;
import org.fineprint.tools.QuietLogs;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fineprint.FineprintException;
import org.fineprint.extract.DefaultExtractor;
import org.fineprint.extract.Extractor;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.SourceDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fineprint eval extract}: runs our extractor on every {@code ota-extraction} case with its
 * declaration and compares the text with Open Terms Archive's own Markdown version.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Compare our extraction with Open Terms Archive's versions of the same snapshots.",
                "",
                "Per case and overall: line similarity (1 - normalised line edit distance), the same over the word "
                        + "sequence, word precision, recall and F1, heading and list-item counts (ours/theirs), failures."})
public final class ExtractEval implements Callable<Integer> {

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--case", paramLabel = "TEXT", description = "Only cases whose id contains TEXT.")
    @Nullable String only;

    @Option(names = "--diff", description = "Print a unified diff (theirs -> ours) of the canonical texts of each case.")
    boolean diff;

    @Option(names = "--show", description = "Print our extracted text of each case.")
    boolean show;

    @Option(names = "--auto", description = "Ignore the declarations' select and remove rules: measure the automatic "
            + "main-content detection against the versions Open Terms Archive made with those rules.")
    boolean auto;

    @Override
    public Integer call() throws Exception {
        QuietLogs.apply();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<OtaCase> cases = OtaCase.load(data.dir());
        Extractor extractor = new DefaultExtractor();
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        out.printf(Locale.ROOT, "%-58s %6s %6s %6s %6s %6s %9s %9s %8s%n",
                "case", "lines", "words", "wordP", "wordR", "wordF1", "headings", "items", "ms");
        for (OtaCase c : cases) {
            if (only != null && !c.id().contains(only)) {
                continue;
            }
            long start = System.nanoTime();
            String ours;
            try {
                Declaration declaration = auto
                        ? new Declaration(c.declaration().sources().stream().map(d -> SourceDocument.of(d.fetch())).toList())
                        : c.declaration();
                ours = extractor.extract(declaration, c.snapshots());
            } catch (FineprintException e) {
                failures.add(c.id() + ": " + e.getMessage());
                out.printf(Locale.ROOT, "%-58s FAILED %s%n", c.id(), e.getMessage());
                continue;
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            TextComparison t = TextComparison.of(ours, c.expected());
            rows.add(new Row(c, t));
            out.printf(Locale.ROOT, "%-58s %6.3f %6.3f %6.3f %6.3f %6.3f %4d/%-4d %4d/%-4d %8d%n", c.id(),
                    t.lineSimilarity(), t.wordSequenceSimilarity(), t.wordPrecision(), t.wordRecall(), t.wordF1(),
                    t.oursHeadings(), t.theirsHeadings(), t.oursItems(), t.theirsItems(), ms);
            if (show) {
                out.println(ours);
                out.println();
            }
            if (diff) {
                List<String> theirs = TextComparison.canonicalLines(c.expected());
                List<String> mine = TextComparison.canonicalLines(ours);
                UnifiedDiffUtils.generateUnifiedDiff("ota/" + c.id(), "ours/" + c.id(), theirs,
                        DiffUtils.diff(theirs, mine), 1).forEach(out::println);
                out.println();
            }
        }
        summary(out, rows, failures);
        return 0;
    }

    private static void summary(PrintStream out, List<Row> rows, List<String> failures) {
        out.println();
        int n = rows.size();
        if (n > 0) {
            double lines = rows.stream().mapToDouble(r -> r.t().lineSimilarity()).average().orElse(0);
            double words = rows.stream().mapToDouble(r -> r.t().wordSequenceSimilarity()).average().orElse(0);
            double f1 = rows.stream().mapToDouble(r -> r.t().wordF1()).average().orElse(0);
            long common = rows.stream().mapToLong(r -> r.t().commonWords()).sum();
            long ours = rows.stream().mapToLong(r -> r.t().oursWords()).sum();
            long theirs = rows.stream().mapToLong(r -> r.t().theirsWords()).sum();
            double p = (double) common / Math.max(1, ours);
            double r = (double) common / Math.max(1, theirs);
            out.printf(Locale.ROOT, "cases %d, failed %d%n", n + failures.size(), failures.size());
            out.printf(Locale.ROOT, "mean line similarity %.3f, mean word-sequence similarity %.3f, mean word F1 %.3f%n",
                    lines, words, f1);
            out.printf(Locale.ROOT, "all words: precision %.3f, recall %.3f, F1 %.3f%n", p, r, 2 * p * r / Math.max(1e-9, p + r));
            for (String kind : List.of("html", "pdf")) {
                List<Row> subset = rows.stream().filter(x -> x.c().isPdf() == kind.equals("pdf")).toList();
                if (!subset.isEmpty()) {
                    out.printf(Locale.ROOT, "  %s (%d): mean line similarity %.3f, word-sequence %.3f, word F1 %.3f%n",
                            kind, subset.size(),
                            subset.stream().mapToDouble(x -> x.t().lineSimilarity()).average().orElse(0),
                            subset.stream().mapToDouble(x -> x.t().wordSequenceSimilarity()).average().orElse(0),
                            subset.stream().mapToDouble(x -> x.t().wordF1()).average().orElse(0));
                }
            }
            int h = rows.stream().mapToInt(x -> x.t().oursHeadings()).sum();
            int ht = rows.stream().mapToInt(x -> x.t().theirsHeadings()).sum();
            int it = rows.stream().mapToInt(x -> x.t().oursItems()).sum();
            int itt = rows.stream().mapToInt(x -> x.t().theirsItems()).sum();
            out.printf(Locale.ROOT, "headings ours/theirs %d/%d, list items ours/theirs %d/%d%n", h, ht, it, itt);
            out.println("worst by line similarity:");
            rows.stream().sorted(Comparator.comparingDouble(x -> x.t().lineSimilarity())).limit(5)
                    .forEach(x -> out.printf(Locale.ROOT, "  %.3f %s%n", x.t().lineSimilarity(), x.c().id()));
        }
        for (String f : failures) {
            out.println("failure: " + f);
        }
    }

    private record Row(OtaCase c, TextComparison t) {
    }
}

package org.fineprint.tools.analysis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.fineprint.tools.DataOption;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.report.Report;
import org.fineprint.tools.QuietLogs;
import org.fineprint.tools.catalog.TosdrCaseIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fineprint eval points}: how many of ToS;DR's located good/bad/blocker points the reports
 * find, cross-validated by service: case recall (same case anywhere in the service's report),
 * span overlap (a quote of that point overlaps the located span) and coverage (the share of
 * all such points whose case the catalogue maps at all). Also checks that every quote is verbatim.
 */
@Command(name = "points", mixinStandardHelpOptions = true,
        description = "Point recall against ToS;DR's located quotes, cross-validated by service.")
public final class EvalPointsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--detector", defaultValue = "cues", description = "Case detector: ${COMPLETION-CANDIDATES}.")
    DetectorChoice detector = DetectorChoice.cues;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds by service (default 5).")
    int folds = 5;

    @Option(names = "--per-case", description = "Print recall per case.")
    boolean perCase;

    @Override
    public Integer call() {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.dir();
        OtaTexts texts = OtaTexts.read(dir);
        CaseCatalog catalog = CaseCatalog.builtIn();
        TosdrCaseIndex index = TosdrCaseIndex.read(dir.resolve("tosdr").resolve("cases.jsonl"));

        Map<String, List<Mapped>> byService = new TreeMap<>();
        int rated = 0;
        int mapped = 0;
        for (LocatedQuote q : LocatedQuote.read(dir)) {
            if (!q.rated() || !texts.exists(q.file())) {
                continue;
            }
            rated++;
            Optional<Case> ours = ourCase(q, index, catalog);
            if (ours.isPresent()) {
                mapped++;
                byService.computeIfAbsent(q.service(), s -> new ArrayList<>()).add(new Mapped(q, ours.get().id()));
            }
        }
        List<String> services = new ArrayList<>(byService.keySet());
        long started = System.nanoTime();
        int found = 0;
        int overlapping = 0;
        int quotes = 0;
        int verbatim = 0;
        int reported = 0;
        int agreed = 0;
        Map<String, int[]> perCaseCounts = new TreeMap<>();
        ServiceFolds serviceFolds = new ServiceFolds(folds);
        for (int fold = 0; fold < folds; fold++) {
            LocalAnalyzer analyzer = new LocalAnalyzer(detector.forFold(dir, serviceFolds, fold));
            for (String service : serviceFolds.testServices(services, fold)) {
                List<Mapped> items = byService.get(service);
                Map<String, AnalysisRequest.SourceText> docs = new LinkedHashMap<>();
                for (Mapped m : items) {
                    LocatedQuote q = m.quote();
                    OtaTexts.Entry entry = texts.entry(q.file());
                    docs.computeIfAbsent(q.file(), f -> new AnalysisRequest.SourceText(
                            entry == null ? org.fineprint.registry.DocumentType.OTHER : entry.type(),
                            entry == null ? f : entry.termsType(), f, texts.text(f)));
                }
                List<AnalysisRequest.SourceText> documents = new ArrayList<>(docs.values());
                Report report = analyzer.analyze(new AnalysisRequest(service, null, documents));
                for (Point p : report.points()) {
                    String text = documents.get(Integer.parseInt(p.document().substring(1))).text();
                    for (Quote q : p.quotes()) {
                        quotes++;
                        if (q.isVerbatimIn(text)) {
                            verbatim++;
                        }
                    }
                }
                Set<String> tosdrCases = new HashSet<>();
                items.forEach(m -> tosdrCases.add(m.caseId()));
                reported += report.points().size();
                agreed += (int) report.points().stream().filter(p -> tosdrCases.contains(p.caseId())).count();
                for (Mapped m : items) {
                    LocatedQuote q = m.quote();
                    String caseId = m.caseId();
                    int[] counts = perCaseCounts.computeIfAbsent(caseId, c -> new int[3]);
                    counts[0]++;
                    List<Point> same = report.points().stream().filter(p -> p.caseId().equals(caseId)).toList();
                    if (!same.isEmpty()) {
                        found++;
                        counts[1]++;
                    }
                    boolean overlaps = same.stream().anyMatch(p -> documents.get(Integer.parseInt(p.document().substring(1)))
                            .source().equals(q.file()) && p.quotes().stream().anyMatch(x -> x.start() < q.end() && q.start() < x.end()));
                    if (overlaps) {
                        overlapping++;
                        counts[2]++;
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "Points vs ToS;DR located quotes (detector %s, %d folds by service)%n", detector, folds);
        out.printf(Locale.ROOT, "services %d, rated located points %d, mapped to a case %d%n", services.size(), rated, mapped);
        out.printf(Locale.ROOT, "coverage %.3f, case recall %.3f, span overlap %.3f%n", (double) mapped / rated,
                (double) found / mapped, (double) overlapping / mapped);
        out.printf(Locale.ROOT, "points per service %.1f; %.1f%% of them are cases ToS;DR also located for the service "
                + "(a lower bound on precision: ToS;DR lists only some of each service's points)%n",
                (double) reported / Math.max(1, services.size()), 100.0 * agreed / Math.max(1, reported));
        out.printf(Locale.ROOT, "grounding: %d of %d quotes verbatim (%.1f%%)%n", verbatim, quotes,
                100.0 * verbatim / Math.max(1, quotes));
        if (perCase) {
            out.println("case                                         points  recall  overlap");
            perCaseCounts.forEach((id, c) -> out.printf(Locale.ROOT, "%-44s %6d  %6.2f  %6.2f%n", id, c[0],
                    (double) c[1] / c[0], (double) c[2] / c[0]));
        }
        out.printf(Locale.ROOT, "elapsed %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** A ToS;DR point's located quote and the catalogue case it maps to. */
    private record Mapped(LocatedQuote quote, String caseId) {
    }

    static Optional<Case> ourCase(LocatedQuote q, TosdrCaseIndex index, CaseCatalog catalog) {
        OptionalInt id = index.resolve(null, q.caseTitle(), true);
        return id.isPresent() ? catalog.byTosdrCase(id.getAsInt()) : Optional.empty();
    }
}

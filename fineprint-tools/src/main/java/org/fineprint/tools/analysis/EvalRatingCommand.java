package org.fineprint.tools.analysis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fineprint.tools.DataOption;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.report.Report;
import org.fineprint.tools.QuietLogs;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fineprint eval rating}: report stars against ToS;DR grades (A=5 … E=1) on the graded
 * services whose terms or privacy policy are in the shared data.
 */
@Command(name = "rating", mixinStandardHelpOptions = true,
        description = "Rating agreement with ToS;DR grades: Spearman correlation and share within one star.")
public final class EvalRatingCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--detector", defaultValue = "cues", description = "Case detector: ${COMPLETION-CANDIDATES}.")
    DetectorChoice detector = DetectorChoice.cues;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds by service (default 5).")
    int folds = 5;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Write one JSON line per service (grade, points' sentiment and severity) for fitting the rating.")
    @Nullable Path dump;

    @Option(names = "--fit", description = "Also search the rating parameters (cross-validated) and print the best.")
    boolean fit;

    @Option(names = "--verbose-services", description = "Print one line per service.")
    boolean perService;

    @Override
    public Integer call() throws java.io.IOException {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.dir();
        OtaTexts texts = OtaTexts.read(dir);
        Map<String, String> grades = texts.grades();
        List<double[]> pairs = new ArrayList<>();
        int[][] confusion = new int[6][6];
        int noDocuments = 0;
        int notRated = 0;
        long started = System.nanoTime();
        List<String> services = new ArrayList<>(grades.keySet());
        List<String> dumped = new ArrayList<>();
        List<RatingFit.Graded> graded = new ArrayList<>();
        ServiceFolds serviceFolds = new ServiceFolds(folds);
        for (int fold = 0; fold < folds; fold++) {
            LocalAnalyzer analyzer = new LocalAnalyzer(detector.forFold(dir, serviceFolds, fold));
            for (String service : serviceFolds.testServices(services, fold)) {
                List<AnalysisRequest.SourceText> docs = texts.documents(service);
                if (docs.isEmpty()) {
                    noDocuments++;
                    continue;
                }
                Report report = analyzer.analyze(new AnalysisRequest(service, null, docs));
                int expected = expectedStars(grades.get(service));
                Integer stars = report.rating().stars();
                dumped.add(dumpLine(service, grades.get(service), report));
                graded.add(new RatingFit.Graded(expected, report.points()));
                if (perService) {
                    out.printf(Locale.ROOT, "%-30s grade %s → %s (score %+.2f, %d points)%n", service, grades.get(service),
                            stars == null ? "n/a" : stars + "★", report.rating().score(), report.points().size());
                }
                if (stars == null) {
                    notRated++;
                    confusion[expected][0]++;
                    continue;
                }
                confusion[expected][stars]++;
                pairs.add(new double[] {expected, stars});
            }
        }
        if (dump != null) {
            Files.write(dump, dumped);
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        long within = pairs.stream().filter(p -> Math.abs(p[0] - p[1]) <= 1).count();
        out.printf(Locale.ROOT, "Rating vs ToS;DR grades (detector %s, %d folds by service)%n", detector, folds);
        out.printf(Locale.ROOT, "graded services %d, without an English terms/privacy text %d, not enough information %d, rated %d%n",
                grades.size(), noDocuments, notRated, pairs.size());
        out.printf(Locale.ROOT, "Spearman %.3f, within one star %.1f%% (%d of %d)%n", Stats.spearman(x, y),
                100.0 * within / Math.max(1, pairs.size()), within, pairs.size());
        out.println("grade \\ stars   n/a    1    2    3    4    5");
        for (int g = 5; g >= 1; g--) {
            out.printf(Locale.ROOT, "  %s (%d)      ", "EDCBA".charAt(g - 1), g);
            for (int s = 0; s <= 5; s++) {
                out.printf(Locale.ROOT, "%5d", confusion[g][s]);
            }
            out.println();
        }
        if (fit) {
            RatingFit.run(graded, folds, out);
        }
        out.printf(Locale.ROOT, "elapsed %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static String dumpLine(String service, String grade, Report report) {
        StringBuilder points = new StringBuilder();
        for (org.fineprint.analyze.point.Point p : report.points()) {
            points.append(points.length() == 0 ? "" : ",").append("[\"").append(p.sentiment().id()).append("\",")
                    .append(p.severity()).append(",\"").append(p.caseId()).append("\"]");
        }
        return "{\"service\":\"" + service.replace("\"", "") + "\",\"grade\":\"" + grade + "\",\"chars\":"
                + report.documents().stream().mapToInt(Report.Document::chars).sum() + ",\"points\":[" + points + "]}";
    }

    /** ToS;DR grade A-E as stars 5-1. */
    static int expectedStars(String grade) {
        return switch (grade.strip().toUpperCase(Locale.ROOT)) {
            case "A" -> 5;
            case "B" -> 4;
            case "C" -> 3;
            case "D" -> 2;
            case "E" -> 1;
            default -> throw new IllegalArgumentException("not a ToS;DR grade: " + grade);
        };
    }
}

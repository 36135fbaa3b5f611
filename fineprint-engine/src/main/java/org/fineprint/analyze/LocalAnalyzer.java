package org.fineprint.analyze;

import java.util.ArrayList;
import java.util.List;
import org.fineprint.Version;
import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.analyze.point.CaseScores;
import org.fineprint.analyze.point.ClassifierCaseDetector;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.PointFinder;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.analyze.summary.OverviewWriter;
import org.fineprint.analyze.summary.Summarizer;
import org.fineprint.archive.Hashes;
import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * The built-in analyser: segments each document, scores its clauses against the case catalogue
 * with in-process models, turns the scores into grounded points, writes summaries and an overview
 * and rates the service with the published formula. No network, no API key.
 *
 * <p>English only: a document in another language gets no points, and its summary says so.
 */
public final class LocalAnalyzer implements Analyzer {
    /** The analyser's name in reports. */
    public static final String NAME = "local";
    /**
     * Longest document the built-in analyser reads, in characters: about five times the longest
     * real terms of service seen (AliExpress's, 373 K), so only a wrong file is refused.
     */
    public static final int MAX_DOCUMENT_CHARS = 2_000_000;

    private final CaseDetector detector;
    private final Segmenter segmenter = new Segmenter();
    private final PointFinder pointFinder = new PointFinder();
    private final Summarizer summarizer = new Summarizer();
    private final OverviewWriter overviewWriter = new OverviewWriter();
    private final Rater rater = new Rater();

    /**
     * @param detector scores clauses against the catalogue's cases
     */
    public LocalAnalyzer(CaseDetector detector) {
        this.detector = detector;
    }

    /** The built-in analyser with the trained case detector shipped in the engine's resources. */
    public static LocalAnalyzer builtIn() {
        return new LocalAnalyzer(ClassifierCaseDetector.builtIn());
    }

    /** The detector this analyser scores clauses with (the LLM analyser's hybrid mode reuses it). */
    public CaseDetector detector() {
        return detector;
    }

    @Override
    public Report analyze(AnalysisRequest request) {
        long started = System.nanoTime();
        List<Report.Document> documents = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<List<Point>> perDocument = new ArrayList<>();
        List<List<Clause>> clausesPerDocument = new ArrayList<>();
        List<@Nullable String> languages = new ArrayList<>();
        for (AnalysisRequest.SourceText doc : request.documents()) {
            if (doc.text().length() > MAX_DOCUMENT_CHARS) {
                throw new AnalysisException(request.service(), String.format(java.util.Locale.ROOT,
                        "%s has %,d characters, more than the %,d the built-in analyser reads; check that it is "
                                + "one legal document", doc.source(), doc.text().length(), MAX_DOCUMENT_CHARS));
            }
        }
        for (int d = 0; d < request.documents().size(); d++) {
            AnalysisRequest.SourceText doc = request.documents().get(d);
            String id = "d" + d;
            List<Clause> clauses = segmenter.segment(doc.text());
            String language = Languages.guess(doc.text());
            languages.add(language);
            List<Point> found = List.of();
            if (!clauses.isEmpty() && readable(language)) {
                CaseScores scores = detector.score(doc.text(), clauses);
                found = pointFinder.find(id, doc.type(), doc.text(), clauses, scores);
            }
            points.addAll(found);
            perDocument.add(found);
            clausesPerDocument.add(clauses);
        }
        List<Point> ordered = PointFinder.byImportance(points);
        Rating rating = rater.rate(ordered);
        for (int d = 0; d < request.documents().size(); d++) {
            AnalysisRequest.SourceText doc = request.documents().get(d);
            String language = languages.get(d);
            List<String> summary = !readable(language)
                    ? List.of("This document is in " + Languages.name(language) + "; the built-in analyser reads "
                            + "English only, so it found no points here. An LLM analyser can read it.")
                    : summarizer.summarize(doc.text(), clausesPerDocument.get(d), doc.type(), perDocument.get(d));
            documents.add(new Report.Document("d" + d, doc.type(), doc.title(), doc.source(), language,
                    Hashes.sha256Hex(doc.text()), doc.text().length(), summary));
        }
        String overview = overviewWriter.write(request.service(), rating, ordered);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new Report(new Report.Service(request.service(), request.category()), rating, overview, documents,
                ordered, new Report.Analyzer(NAME, Version.current(), detector.modelName()), elapsed);
    }

    /** English, or a text too short to tell: the built-in analyser reads it. */
    private static boolean readable(@Nullable String language) {
        return language == null || language.equals("en");
    }
}

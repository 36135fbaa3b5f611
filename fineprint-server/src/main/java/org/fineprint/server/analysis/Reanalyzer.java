package org.fineprint.server.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fineprint.FineprintException;
import org.fineprint.Version;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.analyze.Analyzer;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.Reanalysis.Outcome;
import org.fineprint.server.archive.StoredVersion;
import org.fineprint.server.archive.VersionRepository;
import org.fineprint.server.registry.Category;
import org.fineprint.server.registry.CategoryRepository;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Re-analyses one service: the latest version of each of its documents (terms, then privacy, then
 * the others) goes to the engine's {@link Analyzer}, and the result is stored as a new immutable
 * analysis. Nothing runs when the published analysis already read exactly these versions with the
 * configured analyser and model ({@link AnalyzerIdentity}). A failure (the analyser throws, or a quote is not verbatim in its document) is
 * stored as {@code failed} with its error and never replaces the published report.
 */
@Component
public class Reanalyzer {
    private static final Logger log = LoggerFactory.getLogger(Reanalyzer.class);

    private final ServiceRepository services;
    private final CategoryRepository categories;
    private final DocumentRepository documents;
    private final VersionRepository versions;
    private final AnalysisRepository analyses;
    private final Analyzer analyzer;
    private final AnalyzerIdentity identity;

    public Reanalyzer(ServiceRepository services, CategoryRepository categories, DocumentRepository documents,
                      VersionRepository versions, AnalysisRepository analyses, Analyzer analyzer,
                      AnalyzerIdentity identity) {
        this.services = services;
        this.categories = categories;
        this.documents = documents;
        this.versions = versions;
        this.analyses = analyses;
        this.analyzer = analyzer;
        this.identity = identity;
    }

    /**
     * Analyses the service's current texts unless its published analysis already did.
     *
     * @param serviceId the service
     * @return what came of it; analyser failures are stored and returned, not thrown
     * @throws IllegalArgumentException when the service does not exist
     */
    public Reanalysis reanalyze(long serviceId) {
        Service service = services.findById(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("no service with id " + serviceId));
        List<NewAnalysis.Input> inputs = new ArrayList<>();
        List<AnalysisRequest.SourceText> texts = new ArrayList<>();
        for (Document document : documents.findAllByServiceId(serviceId)) {
            Optional<StoredVersion> latest = versions.findLatestByDocumentId(document.id());
            if (latest.isEmpty()) {
                continue;
            }
            StoredVersion version = latest.get();
            inputs.add(new NewAnalysis.Input(document.id(), version.id(), document.type(), version.sha256()));
            texts.add(new AnalysisRequest.SourceText(document.type(), document.title(),
                    document.sourceUrl() != null ? document.sourceUrl() : document.type().id() + " version " + version.id(),
                    version.text()));
        }
        if (inputs.isEmpty()) {
            return new Reanalysis(serviceId, Outcome.NO_TEXT, null, service.slug() + " has no archived text yet");
        }
        List<Long> versionIds = inputs.stream().map(NewAnalysis.Input::versionId).toList();
        Optional<StoredAnalysis> published = analyses.findLatestSucceededByServiceId(serviceId);
        if (published.isPresent() && published.get().inputVersionIds().equals(versionIds)
                && identity.made(published.get().analyzer(), published.get().model())) {
            log.debug("analysis unchanged service={} analysis={}", service.slug(), published.get().id());
            return new Reanalysis(serviceId, Outcome.UNCHANGED, published.get(),
                    service.slug() + " was already analysed on these versions");
        }
        String category = service.categoryId() == null ? null
                : categories.findById(service.categoryId()).map(Category::name).orElse(null);
        long started = System.nanoTime();
        Report report;
        try {
            report = analyzer.analyze(new AnalysisRequest(service.name(), category, texts));
            String ungrounded = ungrounded(report, texts);
            if (ungrounded != null) {
                throw new IllegalStateException(ungrounded);
            }
        } catch (RuntimeException e) {
            String error = oneLine(e);
            StoredAnalysis failed = analyses.insert(NewAnalysis.failed(serviceId, identity.name(), Version.current(),
                    identity.model(), inputs, error));
            log.warn("analysis failed service={} analysis={}: {}", service.slug(), failed.id(), error);
            return new Reanalysis(serviceId, Outcome.FAILED, failed, error);
        }
        StoredAnalysis stored = analyses.insert(NewAnalysis.succeeded(serviceId, inputs, report));
        log.info("analysed service={} analysis={} documents={} points={} stars={} ms={}", service.slug(), stored.id(),
                inputs.size(), report.points().size(), report.rating().stars(),
                (System.nanoTime() - started) / 1_000_000);
        return new Reanalysis(serviceId, Outcome.ANALYSED, stored, service.slug() + " analysed: "
                + report.points().size() + " points, " + report.rating().label());
    }

    /** Why the report cannot be published (a point's quote is not verbatim in its text), or null. */
    static @Nullable String ungrounded(Report report, List<AnalysisRequest.SourceText> texts) {
        if (report.documents().size() != texts.size()) {
            return "Analysis failed: the report lists " + report.documents().size() + " documents for "
                    + texts.size() + " texts";
        }
        for (int p = 0; p < report.points().size(); p++) {
            Point point = report.points().get(p);
            int index = -1;
            for (int d = 0; d < report.documents().size(); d++) {
                if (report.documents().get(d).id().equals(point.document())) {
                    index = d;
                }
            }
            if (index < 0) {
                return "Analysis failed: point " + p + " (" + point.caseId() + ") names the unknown document "
                        + point.document();
            }
            String text = texts.get(index).text();
            for (Quote quote : point.quotes()) {
                if (!quote.isVerbatimIn(text)) {
                    return "Analysis failed: point " + p + " (" + point.caseId() + ") quotes text that is not at ["
                            + quote.start() + ", " + quote.end() + ") of " + point.document()
                            + "; the analyser must quote the archived text exactly";
                }
            }
        }
        return null;
    }

    private static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!(e instanceof FineprintException) && !message.startsWith("Analysis failed")) {
            message = "Analysis failed: " + e.getClass().getSimpleName() + ": " + message;
        }
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}

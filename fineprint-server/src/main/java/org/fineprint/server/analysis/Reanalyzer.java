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
 * configured analyser and model ({@link AnalyzerIdentity}). A failure (the analyser throws, or a
 * quote is not verbatim in its document) is stored as {@code failed} with its error and never
 * replaces the published report. When the configured analyser is not the built-in one and the
 * service has no report of its own published (none at all, or only the built-in analyser's on
 * other texts), the {@link BuiltInAnalyzer} then analyses the same texts and its report, marked as
 * standing in for the failure, is published.
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
    private final BuiltInAnalyzer builtIn;

    public Reanalyzer(ServiceRepository services, CategoryRepository categories, DocumentRepository documents,
                      VersionRepository versions, AnalysisRepository analyses, Analyzer analyzer,
                      AnalyzerIdentity identity, BuiltInAnalyzer builtIn) {
        this.services = services;
        this.categories = categories;
        this.documents = documents;
        this.versions = versions;
        this.analyses = analyses;
        this.analyzer = analyzer;
        this.identity = identity;
        this.builtIn = builtIn;
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
        AnalysisRequest request = new AnalysisRequest(service.name(), category, texts);
        long started = System.nanoTime();
        Report report;
        try {
            report = grounded(analyzer, request);
        } catch (RuntimeException e) {
            String error = oneLine(e);
            StoredAnalysis failed = analyses.insert(NewAnalysis.failed(serviceId, identity.name(), Version.current(),
                    identity.model(), inputs, error));
            log.warn("analysis failed service={} analysis={}: {}", service.slug(), failed.id(), error);
            if (fallsBack(published.orElse(null), versionIds)) {
                return fallBack(service, request, inputs, failed);
            }
            return new Reanalysis(serviceId, Outcome.FAILED, failed, error);
        }
        StoredAnalysis stored = analyses.insert(NewAnalysis.succeeded(serviceId, inputs, report));
        log.info("analysed service={} analysis={} documents={} points={} stars={} ms={}", service.slug(), stored.id(),
                inputs.size(), report.points().size(), report.rating().stars(),
                (System.nanoTime() - started) / 1_000_000);
        return new Reanalysis(serviceId, Outcome.ANALYSED, stored, service.slug() + " analysed: "
                + report.points().size() + " points, " + report.rating().label());
    }

    /**
     * Whether the built-in analyser stands in after the configured one failed: not when the
     * configured one is the built-in one, not when a report of another analyser (the configured
     * one's last good report) is published, and not when the built-in analyser's published report
     * already read these versions with its current model.
     */
    private boolean fallsBack(@Nullable StoredAnalysis published, List<Long> versionIds) {
        AnalyzerIdentity local = builtIn.identity();
        if (identity.name().equals(local.name())) {
            return false;
        }
        if (published == null) {
            return true;
        }
        boolean builtInOnTheseTexts = published.inputVersionIds().equals(versionIds)
                && local.made(published.analyzer(), published.model());
        return local.name().equals(published.analyzer()) && !builtInOnTheseTexts;
    }

    /** Analyses the texts with the built-in analyser after {@code failed}, and publishes its report. */
    private Reanalysis fallBack(Service service, AnalysisRequest request, List<NewAnalysis.Input> inputs,
                                StoredAnalysis failed) {
        String error = failed.error() == null ? "Analysis failed" : failed.error();
        Report report;
        try {
            report = grounded(builtIn.analyzer(), request);
        } catch (RuntimeException e) {
            String fallbackError = oneLine(e);
            AnalyzerIdentity local = builtIn.identity();
            StoredAnalysis alsoFailed = analyses.insert(NewAnalysis.failed(service.id(), local.name(),
                    Version.current(), local.model(), inputs, fallbackError).asFallbackFor(failed.id()));
            log.warn("fallback failed service={} analysis={}: {}", service.slug(), alsoFailed.id(), fallbackError);
            return new Reanalysis(service.id(), Outcome.FAILED, failed,
                    error + "; the built-in analyser failed too: " + fallbackError);
        }
        StoredAnalysis stored = analyses.insert(NewAnalysis.succeeded(service.id(), inputs, report)
                .asFallbackFor(failed.id()));
        log.info("fell back service={} analysis={} failed={} analyzer={} points={}", service.slug(), stored.id(),
                failed.id(), stored.analyzer(), report.points().size());
        return new Reanalysis(service.id(), Outcome.FELL_BACK, stored,
                error + "; published the built-in analyser's report instead");
    }

    /** The analyser's report, or an exception when a quote is not verbatim in its text. */
    private static Report grounded(Analyzer analyzer, AnalysisRequest request) {
        Report report = analyzer.analyze(request);
        String ungrounded = ungrounded(report, request.documents());
        if (ungrounded != null) {
            throw new IllegalStateException(ungrounded);
        }
        return report;
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

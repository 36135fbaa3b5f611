package org.fineprint.server.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Re-analyses, now and one after the other, every service whose texts changed since its latest
 * analysis, or whose latest analysis was made by another analyser or model.
 */
@Component
public class AnalysisRun {
    private static final Logger log = LoggerFactory.getLogger(AnalysisRun.class);

    private final Reanalyzer reanalyzer;
    private final AnalysisRepository analyses;
    private final ServiceRepository services;
    private final AnalyzerIdentity identity;

    public AnalysisRun(Reanalyzer reanalyzer, AnalysisRepository analyses, ServiceRepository services,
                       AnalyzerIdentity identity) {
        this.reanalyzer = reanalyzer;
        this.analyses = analyses;
        this.services = services;
        this.identity = identity;
    }

    /**
     * Analyses what changed: services never analysed, those with a new version since, and those
     * analysed by another analyser or model.
     *
     * @param listener told about each service as it is done
     * @return counts and failures
     */
    public AnalysisSummary reanalyzeChanged(ReanalysisListener listener) {
        long started = System.nanoTime();
        List<Long> stale = analyses.findServiceIdsWithStaleAnalysis(identity);
        listener.started(stale.size());
        int analysed = 0;
        int unchanged = 0;
        List<String> failures = new ArrayList<>();
        for (long serviceId : stale) {
            String slug = services.findById(serviceId).map(Service::slug).orElse("?");
            Reanalysis result = reanalyzer.reanalyze(serviceId);
            switch (result.outcome()) {
                case ANALYSED -> analysed++;
                case UNCHANGED, NO_TEXT -> unchanged++;
                case FAILED, FELL_BACK -> failures.add(slug + ": " + result.message());
            }
            listener.serviceDone(slug, result);
        }
        AnalysisSummary summary = new AnalysisSummary(stale.size(), analysed, unchanged, failures.size(), failures,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("{}", summary.line());
        return summary;
    }
}

package org.fineprint.server.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the site publishes for each service: the latest succeeded analysis's report, adjusted by
 * every {@link ReportAdjuster} bean in order, with stars and contributions recomputed by the
 * engine's {@link Rater} over the adjusted points. Pages, compare rows, search results and counts
 * all read reports here, never from the analyses table directly.
 *
 * <p>Adjusted reports are kept in memory per service, under the analysis id and the adjusters'
 * {@linkplain ReportAdjuster#state() state}; each use costs one index lookup for the analysis id
 * and one state query per adjuster. When an adjuster cannot tell its state, the parsed report is
 * still kept and only the adjusting is repeated.
 */
@Component
public class PublishedReports {
    private final AnalysisRepository analyses;
    private final ObjectProvider<ReportAdjuster> adjusterProvider;
    private final Rater rater = new Rater();
    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();
    private volatile @Nullable List<ReportAdjuster> adjusters;

    /** The parsed stored report of one analysis and, when cacheable, its adjusted form. */
    private record Entry(StoredAnalysis analysis, Report stored, @Nullable List<Object> state,
                         @Nullable PublishedReport adjusted) {
    }

    public PublishedReports(AnalysisRepository analyses, ObjectProvider<ReportAdjuster> adjusters) {
        this.analyses = analyses;
        this.adjusterProvider = adjusters;
    }

    /**
     * The published report of a service.
     *
     * @param serviceId the service
     * @return its adjusted latest succeeded report, or empty when it has none
     */
    public Optional<PublishedReport> findByServiceId(long serviceId) {
        Optional<Long> analysisId = analyses.findLatestSucceededIdByServiceId(serviceId);
        if (analysisId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(published(serviceId, analysisId.get(), state()));
    }

    /**
     * The published reports of every service that has one.
     *
     * @return reports by service id
     */
    public Map<Long, PublishedReport> findAll() {
        List<Object> state = state();
        Map<Long, PublishedReport> all = new LinkedHashMap<>();
        analyses.findLatestSucceededIds().forEach((serviceId, analysisId) ->
                all.put(serviceId, published(serviceId, analysisId, state)));
        return all;
    }

    private PublishedReport published(long serviceId, long analysisId, @Nullable List<Object> state) {
        Entry entry = cache.get(serviceId);
        if (entry == null || entry.analysis().id() != analysisId) {
            StoredAnalysis analysis = analyses.findById(analysisId).orElseThrow();
            Report stored = analyses.findReport(analysisId).orElseThrow();
            entry = new Entry(analysis, stored, null, null);
        }
        if (state != null && entry.adjusted() != null && Objects.equals(entry.state(), state)) {
            return entry.adjusted();
        }
        PublishedReport adjusted = new PublishedReport(entry.analysis(), adjust(serviceId, entry.stored()));
        cache.put(serviceId, new Entry(entry.analysis(), entry.stored(), state, state == null ? null : adjusted));
        return adjusted;
    }

    private Report adjust(long serviceId, Report stored) {
        Report report = stored;
        for (ReportAdjuster adjuster : adjusters()) {
            report = adjuster.adjust(serviceId, report);
        }
        if (report == stored) {
            return stored;
        }
        Rating rating = rater.rate(report.points());
        return new Report(report.service(), rating, report.overview(), report.documents(), report.points(),
                report.analyzer(), report.elapsedMs());
    }

    /** Every adjuster's state, or null when one cannot tell. */
    private @Nullable List<Object> state() {
        List<Object> state = new ArrayList<>();
        for (ReportAdjuster adjuster : adjusters()) {
            Object s = adjuster.state();
            if (s == null) {
                return null;
            }
            state.add(s);
        }
        return state;
    }

    private List<ReportAdjuster> adjusters() {
        List<ReportAdjuster> list = adjusters;
        if (list == null) {
            list = adjusterProvider.orderedStream().toList();
            adjusters = list;
        }
        return list;
    }
}

package org.fineprint.server.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Takes problem reports from readers and records curators' decisions on them. */
@Component
public class ProblemReports {
    private static final Logger log = LoggerFactory.getLogger(ProblemReports.class);

    private final ProblemReportRepository reports;
    private final AuditTrail audit;
    private final Clock clock;

    public ProblemReports(ProblemReportRepository reports, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores a reader's report in the review queue. */
    public ProblemReport submit(NewProblemReport report) {
        ProblemReport stored = reports.insert(report, clock.instant());
        log.info("problem reported report={} service={} kind={} point={}", stored.id(), stored.serviceSlug(),
                stored.kind().id(), stored.point() == null ? "-" : stored.point().identity());
        return stored;
    }

    /**
     * Resolves or rejects an open report, and records the decision in the audit log.
     *
     * @param note the curator's note, if any
     * @param curator who decides
     * @return the decided report, or empty when there is no open report with this id (it may
     *     have been decided by someone else meanwhile)
     */
    @Transactional
    public Optional<ProblemReport> decide(long id, ReportStatus decision, @Nullable String note, String curator) {
        if (!reports.decide(id, decision, note, curator, clock.instant())) {
            return Optional.empty();
        }
        ProblemReport decided = reports.findById(id).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("service", decided.serviceSlug());
        details.put("kind", decided.kind().id());
        if (decided.point() != null) {
            details.put("point", decided.point().identity().toString());
        }
        details.put("status", decision.id());
        String action = decision == ReportStatus.RESOLVED ? "report.resolve" : "report.reject";
        audit.record(curator, action, "report", Long.toString(id), note, details);
        return Optional.of(decided);
    }
}

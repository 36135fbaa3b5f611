package org.fineprint.server.publish.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.jobs.PendingAnalyses;
import org.fineprint.server.registry.Service;
import org.springframework.stereotype.Component;

/** Cards for lists of services, with their published ratings, read in two queries whatever the count. */
@Component
class Listings {
    private final PublishedReports reports;
    private final PendingAnalyses pending;

    Listings(PublishedReports reports, PendingAnalyses pending) {
        this.reports = reports;
        this.pending = pending;
    }

    /** A snapshot of every published report and pending analysis, for building many cards. */
    Snapshot snapshot() {
        return new Snapshot(reports.findAll(), pending.findServiceIds());
    }

    /** Published reports by service id and the services being analysed. */
    record Snapshot(Map<Long, PublishedReport> reports, Set<Long> pending) {
        ServiceCard card(Service service) {
            PublishedReport report = reports.get(service.id());
            return ServiceCard.of(service, report == null ? null : RatingView.of(report.report().rating()),
                    pending.contains(service.id()));
        }

        List<ServiceCard> cards(List<Service> services) {
            return services.stream().map(this::card).toList();
        }
    }
}

package org.fineprint.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import org.fineprint.server.archive.TrackingEvent;
import org.fineprint.server.registry.DocumentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/** Schedules a re-analysis of a service as soon as one of its documents gets a new version. */
class AnalysisTrigger {
    private static final Logger log = LoggerFactory.getLogger(AnalysisTrigger.class);

    private final SchedulerClient scheduler;
    private final DocumentRepository documents;
    private final Clock clock;

    AnalysisTrigger(SchedulerClient scheduler, DocumentRepository documents, Clock clock) {
        this.scheduler = scheduler;
        this.documents = documents;
        this.clock = clock;
    }

    @EventListener
    void versionRecorded(TrackingEvent.VersionRecorded event) {
        documents.findById(event.documentId()).ifPresent(document -> {
            boolean scheduled = scheduler.scheduleIfNotExists(ReanalyzeServiceTask.instance(document.serviceId()),
                    clock.instant());
            log.debug("new version document={} service={} analysis {}", document.id(), document.serviceId(),
                    scheduled ? "scheduled" : "already waiting");
        });
    }
}

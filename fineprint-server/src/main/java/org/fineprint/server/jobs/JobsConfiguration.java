package org.fineprint.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import org.fineprint.server.analysis.AnalysisRepository;
import org.fineprint.server.analysis.AnalyzerIdentity;
import org.fineprint.server.analysis.Reanalyzer;
import org.fineprint.server.archive.Tracker;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.system.TrackProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduled tasks (tracking documents, re-analysing services), registered with db-scheduler's
 * Spring Boot starter. Only in processes with
 * {@code fineprint.track.enabled=true} (workers); web-only nodes leave it off and just serve pages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "fineprint.track.enabled", matchIfMissing = true)
class JobsConfiguration {

    @Bean
    CustomTask<Void> trackDocumentTask(Tracker tracker, DocumentRepository documents, TrackProperties properties) {
        return TrackDocumentTask.create(tracker, documents, properties);
    }

    @Bean
    OneTimeTask<Void> reanalyzeServiceTask(Reanalyzer reanalyzer, PendingAnalyses pending) {
        return ReanalyzeServiceTask.create(reanalyzer, pending);
    }

    @Bean
    RecurringTask<Void> scheduleAnalysisTask(AnalysisRepository analyses, AnalyzerIdentity identity,
                                             TrackProperties properties) {
        return ScheduleAnalysisTask.create(analyses, identity, properties);
    }

    /** Re-analysis as soon as a document changes (the scheduler's client exists only in this process kind). */
    @Bean
    AnalysisTrigger analysisTrigger(SchedulerClient scheduler, DocumentRepository documents, Clock clock) {
        return new AnalysisTrigger(scheduler, documents, clock);
    }

    @Bean
    RecurringTask<Void> scheduleTrackingTask(UnscheduledDocuments unscheduled, TrackProperties properties) {
        return ScheduleTrackingTask.create(unscheduled, properties);
    }
}

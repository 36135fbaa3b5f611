package org.fineprint.server.jobs;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.fineprint.server.archive.Tracker;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.system.TrackProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduled tasks, registered with db-scheduler's Spring Boot starter. Only in processes with
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
    RecurringTask<Void> scheduleTrackingTask(UnscheduledDocuments unscheduled, TrackProperties properties) {
        return ScheduleTrackingTask.create(unscheduled, properties);
    }
}

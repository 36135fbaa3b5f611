package org.fineprint.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.fineprint.server.system.TrackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recurring task (run at start-up, then every {@code fineprint.track.reconcile-interval}) that
 * gives every trackable document its {@link TrackDocumentTask} instance. A new document is first
 * tracked one interval after it was added; documents already overdue (added while no worker ran)
 * are spread over the next reconcile interval rather than fetched all at once.
 */
public final class ScheduleTrackingTask {
    /** The task name in {@code scheduled_tasks}. */
    public static final String NAME = "schedule-tracking";
    private static final Logger log = LoggerFactory.getLogger(ScheduleTrackingTask.class);

    private ScheduleTrackingTask() {
    }

    static RecurringTask<Void> create(UnscheduledDocuments unscheduled, TrackProperties properties) {
        return Tasks.recurring(NAME, FixedDelay.of(properties.reconcileInterval()))
                .execute((instance, context) -> schedule(unscheduled, properties, context.getSchedulerClient(),
                        context.getExecution().executionTime));
    }

    /** Schedules the documents that have no instance; returns how many were scheduled. */
    static int schedule(UnscheduledDocuments unscheduled, TrackProperties properties, SchedulerClient client,
                        Instant now) {
        int scheduled = 0;
        for (UnscheduledDocuments.Unscheduled document : unscheduled.findAll()) {
            Instant first = firstRun(document.createdAt(), now, properties);
            if (client.scheduleIfNotExists(TrackDocumentTask.instance(document.documentId()), first)) {
                scheduled++;
            }
        }
        if (scheduled > 0) {
            log.info("scheduled tracking documents={}", scheduled);
        }
        return scheduled;
    }

    /** One interval after the document was added, or a moment within the next reconcile interval if overdue. */
    static Instant firstRun(Instant createdAt, Instant now, TrackProperties properties) {
        Instant due = createdAt.plus(properties.interval());
        if (due.isAfter(now)) {
            return due;
        }
        long spread = properties.reconcileInterval().toMillis();
        return now.plus(Duration.ofMillis(ThreadLocalRandom.current().nextLong(Math.max(1, spread))));
    }
}

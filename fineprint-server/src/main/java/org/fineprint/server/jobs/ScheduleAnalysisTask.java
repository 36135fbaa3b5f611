package org.fineprint.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Instant;
import org.fineprint.server.analysis.AnalysisRepository;
import org.fineprint.server.analysis.AnalyzerIdentity;
import org.fineprint.server.system.TrackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recurring task (run at start-up, then every {@code fineprint.track.reconcile-interval}) that
 * gives every service whose analysis is missing or older than its texts a
 * {@link ReanalyzeServiceTask} instance: the bundled samples on a fresh database, services imported
 * by another process, versions recorded by {@code fineprint track}, and every service after the
 * analyser or its model changed.
 */
public final class ScheduleAnalysisTask {
    /** The task name in {@code scheduled_tasks}. */
    public static final String NAME = "schedule-analysis";
    private static final Logger log = LoggerFactory.getLogger(ScheduleAnalysisTask.class);

    private ScheduleAnalysisTask() {
    }

    static RecurringTask<Void> create(AnalysisRepository analyses, AnalyzerIdentity identity,
                                      TrackProperties properties) {
        return Tasks.recurring(NAME, FixedDelay.of(properties.reconcileInterval()))
                .execute((instance, context) -> schedule(analyses, identity, context.getSchedulerClient(),
                        Instant.now()));
    }

    /** Schedules an analysis of each stale service that has none waiting; returns how many were scheduled. */
    static int schedule(AnalysisRepository analyses, AnalyzerIdentity identity, SchedulerClient client, Instant now) {
        int scheduled = 0;
        for (long serviceId : analyses.findServiceIdsWithStaleAnalysis(identity)) {
            if (client.scheduleIfNotExists(ReanalyzeServiceTask.instance(serviceId), now)) {
                scheduled++;
            }
        }
        if (scheduled > 0) {
            log.info("scheduled analyses services={}", scheduled);
        }
        return scheduled;
    }
}

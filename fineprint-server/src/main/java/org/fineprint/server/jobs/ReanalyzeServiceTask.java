package org.fineprint.server.jobs;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.fineprint.server.analysis.Reanalysis;
import org.fineprint.server.analysis.Reanalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A one-time task per service (the instance id is the service id, so scheduling it twice while it
 * waits does nothing) that calls the {@link Reanalyzer}. Scheduled when a document gets a new
 * version, and by {@link ScheduleAnalysisTask} for services whose analysis is missing or stale.
 * When a new version arrives while the service is being analysed, the run analyses again before
 * it ends, so no version is left unanalysed.
 */
public final class ReanalyzeServiceTask {
    /** The task name in {@code scheduled_tasks}. */
    public static final String NAME = "reanalyze-service";
    /** Analyses one run makes at most, should versions keep arriving. */
    static final int MAX_ROUNDS = 3;
    private static final Logger log = LoggerFactory.getLogger(ReanalyzeServiceTask.class);

    private ReanalyzeServiceTask() {
    }

    /** The instance that re-analyses one service. */
    public static TaskInstance<Void> instance(long serviceId) {
        return new TaskInstance<>(NAME, Long.toString(serviceId));
    }

    static OneTimeTask<Void> create(Reanalyzer reanalyzer, PendingAnalyses pending) {
        return Tasks.oneTime(NAME).execute((instance, context) -> {
            long serviceId = Long.parseLong(instance.getId());
            run(reanalyzer, serviceId);
            long waiting = pending.count() - 1;
            if (waiting > 0) {
                log.info("analyses waiting={}", waiting);
            }
        });
    }

    /**
     * Analyses the service until its report reads its current texts, or the analyser fails (also
     * when the built-in analyser then stood in: the configured one is not asked again in this run).
     */
    static void run(Reanalyzer reanalyzer, long serviceId) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Reanalysis result;
            try {
                result = reanalyzer.reanalyze(serviceId);
            } catch (IllegalArgumentException e) {
                log.info("not analysing service={}: {}", serviceId, e.getMessage());
                return;
            }
            if (result.outcome() != Reanalysis.Outcome.ANALYSED) {
                return;
            }
        }
    }
}

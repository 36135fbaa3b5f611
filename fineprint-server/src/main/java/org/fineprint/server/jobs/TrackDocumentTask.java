package org.fineprint.server.jobs;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.Arrays;
import org.fineprint.fetch.FetchException;
import org.fineprint.server.archive.TrackResult;
import org.fineprint.server.archive.Tracker;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.system.TrackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task instance per trackable document (the instance id is the document id): each run calls
 * the {@link Tracker} once and schedules the next run one interval later, or sooner after a
 * failure that may pass. Instances live in {@code scheduled_tasks}, so any number of worker
 * processes can share them: db-scheduler lets one process at a time run an instance.
 */
public final class TrackDocumentTask {
    /** The task name in {@code scheduled_tasks}. */
    public static final String NAME = "track-document";
    private static final Logger log = LoggerFactory.getLogger(TrackDocumentTask.class);

    private TrackDocumentTask() {
    }

    /** The instance that tracks one document. */
    public static TaskInstance<Void> instance(long documentId) {
        return new TaskInstance<>(NAME, Long.toString(documentId));
    }

    /**
     * Builds the task.
     *
     * @param tracker does the work
     * @param documents to drop instances of documents that are gone or no longer have a declaration
     * @param properties the interval and the retry delay
     */
    static CustomTask<Void> create(Tracker tracker, DocumentRepository documents, TrackProperties properties) {
        return Tasks.custom(NAME, Void.class)
                // An unexpected error (the tracker records ordinary failures itself): try again next interval.
                .onFailure(new FailureHandler.OnFailureReschedule<>(FixedDelay.of(properties.interval())))
                .execute((instance, context) -> {
                    long documentId = Long.parseLong(instance.getId());
                    if (documents.findById(documentId).filter(Document::isTrackable).isEmpty()) {
                        log.info("untracking document={}: it no longer exists or has no declaration", documentId);
                        return (complete, operations) -> operations.remove();
                    }
                    TrackResult result = tracker.track(documentId);
                    Duration wait = result.failed() && isTransient(result.errorKind())
                            ? properties.retryDelay() : properties.interval();
                    return (complete, operations) -> operations.reschedule(complete, complete.getTimeDone().plus(wait));
                });
    }

    /** True for fetch failures that may pass by themselves (timeouts, server errors, network). */
    static boolean isTransient(String errorKind) {
        return Arrays.stream(FetchException.Reason.values())
                .anyMatch(reason -> reason.kind().equals(errorKind) && reason.isTransient());
    }
}

package org.fineprint.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.fineprint.fetch.LocalWebServer;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestNames;
import org.fineprint.server.analysis.AnalysisFixtures;
import org.fineprint.server.analysis.AnalysisRepository;
import org.fineprint.server.analysis.AnalyzerIdentity;
import org.fineprint.server.analysis.StoredAnalysis;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.archive.TrackResult;
import org.fineprint.server.archive.Tracker;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentDetails;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Re-analysis in a worker: services never analysed are picked up by the reconciler, a version
 * recorded by the tracker is analysed at once, and a waiting analysis shows as pending. Same
 * application context as {@link TrackingJobsIT} (scheduler polling every 100 ms, a database of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "fineprint.samples.load-on-empty=false", "fineprint.track.enabled=true",
        "fineprint.track.interval=24h", "fineprint.track.reconcile-interval=10m", "fineprint.track.retry-delay=1h",
        "db-scheduler.polling-interval=100ms", "db-scheduler.delay-startup-until-context-ready=false",
        "fineprint.fetch.allow-private-network=true", "fineprint.fetch.host-delay=0s"})
@ContextConfiguration(initializers = TrackingJobsIT.EmptyDatabase.class)
class AnalysisJobsIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    static LocalWebServer web;

    @Autowired
    SchedulerClient scheduler;
    @Autowired
    AnalysisRepository analyses;
    @Autowired
    PendingAnalyses pending;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    Archiver archiver;
    @Autowired
    Tracker tracker;
    @Autowired
    AnalyzerIdentity identity;

    @BeforeAll
    static void startWebServer() {
        web = LocalWebServer.start();
    }

    @AfterAll
    static void stopWebServer() {
        web.close();
    }

    @Test
    void aServiceNeverAnalysedIsAnalysedByTheReconciler() throws InterruptedException {
        Service service = new AnalysisFixtures(services, documents, archiver).serviceWithTermsAndPrivacy("recon");
        assertThat(analyses.findServiceIdsWithStaleAnalysis(identity)).contains(service.id());

        runNow(TaskInstanceId.of(ScheduleAnalysisTask.NAME, RecurringTask.INSTANCE));

        StoredAnalysis analysis = await(() -> analyses.findLatestSucceededByServiceId(service.id()));
        assertThat(analysis.inputVersionIds()).hasSize(2);
        await(() -> pending.isPending(service.id()) ? Optional.empty() : Optional.of(true));
        assertThat(analyses.findServiceIdsWithStaleAnalysis(identity)).doesNotContain(service.id());
    }

    @Test
    void aVersionRecordedByTheTrackerIsAnalysedAtOnce() throws InterruptedException {
        String path = "/" + TestNames.unique("terms");
        web.page(path, "text/html; charset=utf-8", "<html><body><main><h1>Terms</h1><p>We may terminate your "
                + "account at any time without notice.</p></main></body></html>");
        Service service = services.save(ServiceDetails.named(TestNames.unique("Tracked")));
        String url = web.url(path).toString();
        Document document = documents.save(new DocumentDetails(service.id(), DocumentType.TERMS, "Terms", url, null,
                "en", "{\"fetch\": \"" + url + "\", \"executeClientScripts\": false}"));

        TrackResult tracked = tracker.track(document.id());

        StoredAnalysis analysis = await(() -> analyses.findLatestSucceededByServiceId(service.id()));
        assertThat(analysis.inputVersionIds()).containsExactly(tracked.versionId());
    }

    @Test
    void anAnalysisWaitingForItsTurnIsPending() {
        Service service = new AnalysisFixtures(services, documents, archiver).service("wait");
        assertThat(pending.isPending(service.id())).isFalse();

        scheduler.scheduleIfNotExists(ReanalyzeServiceTask.instance(service.id()), Instant.now().plusSeconds(3600));

        assertThat(pending.isPending(service.id())).isTrue();
        assertThat(pending.count()).isPositive();
    }

    /** Makes a task instance due now; a run in progress cannot be rescheduled, so try until it is over. */
    private void runNow(TaskInstanceId instance) throws InterruptedException {
        await(() -> {
            try {
                return scheduler.reschedule(instance, Instant.now()) ? Optional.of(true) : Optional.empty();
            } catch (TaskInstanceCurrentlyExecutingException e) {
                return Optional.empty();
            }
        });
    }

    /** Polls until the value is present (the scheduler works on its own threads). */
    private static <T> T await(Supplier<Optional<T>> value) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> v = value.get();
            if (v.isPresent()) {
                return v.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing happened within " + WAIT);
    }
}

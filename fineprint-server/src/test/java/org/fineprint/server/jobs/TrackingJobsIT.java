package org.fineprint.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.fineprint.fetch.LocalWebServer;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestDatabases;
import org.fineprint.server.TestNames;
import org.fineprint.server.archive.FetchAttempt;
import org.fineprint.server.archive.FetchAttemptRepository;
import org.fineprint.server.archive.VersionRepository;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentDetails;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.system.Rows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The scheduler in a worker: new documents get a tracking task one interval after they were added,
 * due tasks fetch the document and come back one interval later, and failures that may pass are
 * retried sooner. Instead of waiting a day, the test makes instances due by rescheduling them to
 * "now"; the scheduler polls every 100 ms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "fineprint.samples.load-on-empty=false", "fineprint.track.enabled=true",
        "fineprint.track.interval=24h", "fineprint.track.reconcile-interval=10m", "fineprint.track.retry-delay=1h",
        "db-scheduler.polling-interval=100ms", "db-scheduler.delay-startup-until-context-ready=false",
        "fineprint.fetch.allow-private-network=true", "fineprint.fetch.host-delay=0s"})
@ContextConfiguration(initializers = TrackingJobsIT.EmptyDatabase.class)
class TrackingJobsIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    static LocalWebServer web;

    @Autowired
    SchedulerClient scheduler;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    VersionRepository versions;
    @Autowired
    FetchAttemptRepository attempts;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startWebServer() {
        web = LocalWebServer.start();
    }

    @AfterAll
    static void stopWebServer() {
        web.close();
    }

    @Test
    void aNewDocumentIsTrackedOneIntervalAfterItWasAddedThenEveryInterval() throws InterruptedException {
        String path = "/" + TestNames.unique("terms");
        web.page(path, "text/html; charset=utf-8", "<html><body><main><h1>Terms</h1><p>Be kind.</p></main></body></html>");
        Document document = declared(path);

        runReconcilerNow();
        Instant first = await(() -> executionTime(document.id()));
        assertThat(first).isEqualTo(document.createdAt().plus(Duration.ofHours(24)));
        assertThat(attempts.findAllByDocumentId(document.id())).isEmpty();

        Instant before = Instant.now();
        runNow(TaskInstanceId.of(TrackDocumentTask.NAME, Long.toString(document.id())));
        FetchAttempt attempt = await(() -> attempts.findLatestByDocumentId(document.id()));
        assertThat(attempt.outcome()).isEqualTo(FetchAttempt.Outcome.NEW_VERSION);
        assertThat(versions.countByDocumentId(document.id())).isEqualTo(1);
        Instant next = await(() -> executionTime(document.id()).filter(t -> t.isAfter(before.plusSeconds(60))));
        assertThat(next).isBetween(before.plus(Duration.ofHours(24)), Instant.now().plus(Duration.ofHours(24)));
    }

    @Test
    void aFailureThatMayPassIsRetriedAfterTheRetryDelay() throws InterruptedException {
        String path = "/" + TestNames.unique("down");
        web.respond(path, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
        Document document = declared(path);

        runReconcilerNow();
        await(() -> executionTime(document.id()));
        Instant before = Instant.now();
        runNow(TaskInstanceId.of(TrackDocumentTask.NAME, Long.toString(document.id())));

        FetchAttempt attempt = await(() -> attempts.findLatestByDocumentId(document.id()));
        assertThat(attempt.errorKind()).isEqualTo("server-error");
        Instant retry = await(() -> executionTime(document.id()).filter(t -> t.isAfter(before.plusSeconds(60))));
        assertThat(retry).isBetween(before.plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
        assertThat(versions.countByDocumentId(document.id())).isZero();
    }

    private Document declared(String path) {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Site")));
        String url = web.url(path).toString();
        return documents.save(new DocumentDetails(service.id(), DocumentType.TERMS, "Terms", url, null, "en",
                "{\"fetch\": \"" + url + "\", \"executeClientScripts\": false}"));
    }

    /** The reconciler runs at start-up and every 10 minutes; here it runs at the next poll. */
    private void runReconcilerNow() throws InterruptedException {
        runNow(TaskInstanceId.of(ScheduleTrackingTask.NAME, RecurringTask.INSTANCE));
    }

    /**
     * Makes a task instance due now, as if its time had come. A run in progress (the reconciler's
     * at start-up) cannot be rescheduled, so try until it is over.
     */
    private void runNow(TaskInstanceId instance) throws InterruptedException {
        await(() -> {
            try {
                return scheduler.reschedule(instance, Instant.now()) ? Optional.of(true) : Optional.empty();
            } catch (TaskInstanceCurrentlyExecutingException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<Instant> executionTime(long documentId) {
        return jdbc.sql("""
                        SELECT execution_time FROM scheduled_tasks
                        WHERE task_name = :task AND task_instance = :id AND NOT picked""")
                .param("task", TrackDocumentTask.NAME).param("id", Long.toString(documentId))
                .query((rs, n) -> Rows.requiredInstant(rs, "execution_time")).optional();
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

    /** A new, empty database, so only this test's documents are scheduled. */
    static class EmptyDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("fineprint.db.url=" + TestDatabases.newDatabase("jobs")).applyTo(context);
        }
    }
}

package org.fineprint.server.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.extract.ExtractException;
import org.fineprint.extract.Extractor;
import org.fineprint.fetch.FetchException;
import org.fineprint.fetch.Fetcher;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.DeclarationException;
import org.fineprint.registry.SourceDocument;
import org.fineprint.server.archive.FetchAttempt.Outcome;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tracks one document: fetch (engine {@link Fetcher}) → extract (engine {@link Extractor}) →
 * record (the {@link Archiver}'s rule). Every attempt leaves a fetch-attempt row; a failure is
 * recorded with its error kind and message and never becomes a version, so good data is never
 * replaced. Publishes a {@link TrackingEvent} after each attempt.
 */
public class Tracker {
    private static final Logger log = LoggerFactory.getLogger(Tracker.class);
    /** Error kind of a document whose stored declaration cannot be read. */
    public static final String INVALID_DECLARATION = "invalid-declaration";
    /** Error kind of an unexpected failure (a bug, or the database going away). */
    public static final String INTERNAL_ERROR = "internal-error";

    private final DocumentRepository documents;
    private final Archiver archiver;
    private final FetchAttemptRepository attempts;
    private final Fetcher fetcher;
    private final Extractor extractor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public Tracker(DocumentRepository documents, Archiver archiver, FetchAttemptRepository attempts, Fetcher fetcher,
                   Extractor extractor, ApplicationEventPublisher events, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.documents = documents;
        this.archiver = archiver;
        this.attempts = attempts;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Fetches, extracts and records one document now.
     *
     * @param documentId a document with a declaration
     * @return what came of it; failures are returned, not thrown
     * @throws IllegalArgumentException when the document does not exist or has no declaration
     */
    public TrackResult track(long documentId) {
        Document document = documents.findById(documentId)
                .orElseThrow(() -> new IllegalArgumentException("no document with id " + documentId));
        if (!document.isTrackable()) {
            throw new IllegalArgumentException("document " + documentId + " has no declaration to fetch it with");
        }
        Instant attemptedAt = clock.instant();
        long started = System.nanoTime();
        List<Snapshot> snapshots = new ArrayList<>();
        try {
            Declaration declaration = document.declaration();
            for (SourceDocument source : declaration.sources()) {
                snapshots.add(fetcher.fetch(source));
            }
            String text = extractor.extract(declaration, snapshots);
            return recordText(document, text, snapshots, attemptedAt, started);
        } catch (FetchException e) {
            return recordFailure(document, attemptedAt, started, e.status() > 0 ? e.status() : null,
                    e.reason().kind(), e.getMessage());
        } catch (ExtractException e) {
            return recordFailure(document, attemptedAt, started, lastStatus(snapshots), e.reason().kind(),
                    e.getMessage());
        } catch (DeclarationException e) {
            return recordFailure(document, attemptedAt, started, null, INVALID_DECLARATION, e.getMessage());
        } catch (RuntimeException e) {
            log.error("tracking failed unexpectedly document={}", documentId, e);
            return recordFailure(document, attemptedAt, started, lastStatus(snapshots), INTERNAL_ERROR,
                    "Tracking failed: " + e);
        }
    }

    private TrackResult recordText(Document document, String text, List<Snapshot> snapshots, Instant attemptedAt,
                                   long started) {
        Instant fetchedAt = snapshots.isEmpty() ? attemptedAt : snapshots.getFirst().fetchedAt();
        Archived archived = transaction.execute(status -> {
            Archived a = archiver.record(document.id(), text, fetchedAt, Origin.FETCH, snapshots);
            attempts.insert(new FetchAttempt(0, document.id(), attemptedAt,
                    a.isNew() ? Outcome.NEW_VERSION : Outcome.UNCHANGED, lastStatus(snapshots), null, null,
                    elapsed(started), a.isNew() ? a.version().id() : null));
            return a;
        });
        if (archived == null) {
            throw new IllegalStateException("transaction returned nothing");
        }
        long versionId = archived.version().id();
        log.info("tracked document={} type={} result={} version={} sha256={} ms={}", document.id(),
                document.type().id(), archived.isNew() ? "new-version" : "unchanged", versionId,
                archived.version().sha256().substring(0, 12), elapsed(started).toMillis());
        events.publishEvent(archived.isNew() ? new TrackingEvent.VersionRecorded(document.id(), versionId)
                : new TrackingEvent.VersionUnchanged(document.id(), versionId));
        return new TrackResult(document.id(), archived.isNew() ? Outcome.NEW_VERSION : Outcome.UNCHANGED, versionId,
                null, null);
    }

    private TrackResult recordFailure(Document document, Instant attemptedAt, long started,
                                      @Nullable Integer httpStatus, String kind, @Nullable String message) {
        String line = message == null ? kind : message.replaceAll("\\s*\\R\\s*", " ");
        attempts.insert(new FetchAttempt(0, document.id(), attemptedAt, Outcome.FAILED, httpStatus, kind, line,
                elapsed(started), null));
        log.warn("tracked document={} type={} result=failed kind={} status={}: {}", document.id(),
                document.type().id(), kind, httpStatus, line);
        events.publishEvent(new TrackingEvent.TrackingFailed(document.id(), kind, line));
        return new TrackResult(document.id(), Outcome.FAILED, null, kind, line);
    }

    private static @Nullable Integer lastStatus(List<Snapshot> snapshots) {
        return snapshots.isEmpty() ? null : snapshots.getLast().status();
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}

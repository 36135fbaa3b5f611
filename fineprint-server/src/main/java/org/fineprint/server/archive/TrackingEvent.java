package org.fineprint.server.archive;

/**
 * What came of tracking one document, published by the {@link Tracker} after its transaction
 * committed. Listeners (logs, re-analysis, feeds) must be quick or hand work to a job.
 */
public sealed interface TrackingEvent {

    /** The tracked document. */
    long documentId();

    /** The document's text changed: a new version was recorded. */
    record VersionRecorded(long documentId, long versionId) implements TrackingEvent {
    }

    /** The document was read and its text had not changed. */
    record VersionUnchanged(long documentId, long versionId) implements TrackingEvent {
    }

    /** The document could not be read; nothing was archived. */
    record TrackingFailed(long documentId, String errorKind, String message) implements TrackingEvent {
    }
}

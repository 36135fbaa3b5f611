package org.fineprint.server.archive;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of tracking several documents now.
 *
 * @param documents documents tracked
 * @param newVersions documents whose text changed
 * @param unchanged documents whose text had not changed
 * @param failed documents that could not be read
 * @param failures one line per failure, naming the document
 * @param elapsed how long it took
 */
public record TrackSummary(int documents, int newVersions, int unchanged, int failed, List<String> failures,
                           Duration elapsed) {
    public TrackSummary {
        failures = List.copyOf(failures);
    }

    /** One line for people, e.g. "Tracked 4 documents: 1 new version, 2 unchanged, 1 failed (3.2 s)". */
    public String line() {
        return "Tracked " + documents + (documents == 1 ? " document: " : " documents: ")
                + newVersions + (newVersions == 1 ? " new version, " : " new versions, ")
                + unchanged + " unchanged, " + failed + " failed ("
                + String.format(Locale.ROOT, "%.1f", elapsed.toMillis() / 1000.0) + " s)";
    }
}

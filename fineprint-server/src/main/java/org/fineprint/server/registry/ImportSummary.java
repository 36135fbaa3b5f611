package org.fineprint.server.registry;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of an import (or of loading the samples).
 *
 * @param services services created or found
 * @param documents documents created or found
 * @param newVersions texts archived as new versions (imported, or fetched for declared documents)
 * @param unchanged texts identical to the latest version
 * @param declared documents saved from declarations, then fetched once
 * @param skipped documents left out on purpose
 * @param failed documents that could not be imported
 * @param failures one line per failure
 * @param elapsed how long it took
 */
public record ImportSummary(int services, int documents, int newVersions, int unchanged, int declared, int skipped,
                            int failed, List<String> failures, Duration elapsed) {
    public ImportSummary {
        failures = List.copyOf(failures);
    }

    /** One line for people, e.g. "Imported 3 services, 6 documents: 6 new versions, 0 unchanged, 0 failed (1.2 s)". */
    public String line() {
        StringBuilder s = new StringBuilder()
                .append("Imported ").append(services).append(services == 1 ? " service, " : " services, ")
                .append(documents).append(documents == 1 ? " document: " : " documents: ")
                .append(newVersions).append(newVersions == 1 ? " new version, " : " new versions, ")
                .append(unchanged).append(" unchanged, ");
        if (declared > 0) {
            s.append(declared).append(" declared, ");
        }
        if (skipped > 0) {
            s.append(skipped).append(" skipped, ");
        }
        return s.append(failed).append(" failed (")
                .append(String.format(Locale.ROOT, "%.1f", elapsed.toMillis() / 1000.0)).append(" s)").toString();
    }
}

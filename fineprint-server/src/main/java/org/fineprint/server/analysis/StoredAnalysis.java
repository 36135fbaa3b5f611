package org.fineprint.server.analysis;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One analysis run of a service, as stored (the report itself is read separately). Analyses are
 * immutable: a new run inserts a new row.
 *
 * @param id database id; later runs have larger ids
 * @param serviceId the analysed service
 * @param succeeded true when it produced a report; false when it failed (see {@code error})
 * @param analyzer the analyser's name ({@code local}, {@code llm})
 * @param analyzerVersion Fineprint's version when it ran
 * @param model what the analyser ran on, when known
 * @param inputVersionIds the versions analysed, in the report's document order ({@code d0}, {@code d1}, …)
 * @param inputSha256 hex SHA-256 of each analysed text, in the same order
 * @param error one line saying why it failed, or {@code null}
 * @param createdAt when it was stored
 * @param fallbackFor the failed analysis this built-in analyser's run stood in for, or {@code null}
 */
public record StoredAnalysis(long id, long serviceId, boolean succeeded, String analyzer, String analyzerVersion,
                             @Nullable String model, List<Long> inputVersionIds, List<String> inputSha256,
                             @Nullable String error, Instant createdAt, @Nullable Long fallbackFor) {
    public StoredAnalysis {
        inputVersionIds = List.copyOf(inputVersionIds);
        inputSha256 = List.copyOf(inputSha256);
    }

    /** The status word stored in {@code analyses.status}. */
    public String status() {
        return succeeded ? "succeeded" : "failed";
    }

    /** True when this is the built-in analyser's run after the configured analyser failed. */
    public boolean fallback() {
        return fallbackFor != null;
    }
}

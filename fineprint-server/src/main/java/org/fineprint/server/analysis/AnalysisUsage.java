package org.fineprint.server.analysis;

import java.time.Instant;
import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * One stored analysis with what its report says about grounding and language model usage, as the
 * curator area lists them. A failed analysis has no report, so its counts are unknown.
 *
 * @param id the analysis
 * @param serviceSlug the analysed service's slug
 * @param serviceName the analysed service's name
 * @param createdAt when it was stored
 * @param analyzer the analyser's name ({@code local}, {@code llm})
 * @param model what it ran on, when known
 * @param succeeded true when it produced a report
 * @param error one line saying why it failed, or {@code null}
 * @param fallbackFor the failed analysis this built-in analyser's run stood in for, or {@code null}
 * @param points points in the report; {@code null} for a failure
 * @param quotesDropped quotes grounding dropped; {@code null} when the report does not say (built-in analyser, failure)
 * @param pointsDropped points grounding dropped; {@code null} when the report does not say
 * @param usage tokens, calls and cost; {@code null} when no language model was called or the analysis failed
 */
public record AnalysisUsage(long id, String serviceSlug, String serviceName, Instant createdAt, String analyzer,
                            @Nullable String model, boolean succeeded, @Nullable String error,
                            @Nullable Long fallbackFor, @Nullable Integer points, @Nullable Integer quotesDropped,
                            @Nullable Integer pointsDropped, Report.@Nullable Usage usage) {
}

package org.fineprint.server.review.web;

import org.fineprint.report.Report;
import org.fineprint.server.analysis.AnalysisUsage;
import org.jspecify.annotations.Nullable;

/**
 * One analysis as the curator area's list of analyses shows it; counts are text, a dash when the
 * analysis does not say (a failure has no report, the built-in analyser calls no model).
 *
 * @param id the analysis
 * @param at when it was stored
 * @param serviceSlug the service's slug, for the link
 * @param serviceName the service's name
 * @param analyzer the analyser's name
 * @param model what it ran on, or a dash
 * @param succeeded true when it produced a report
 * @param error one line saying why it failed, or {@code null}
 * @param fallbackFor the failed analysis this built-in analyser's run stood in for, or {@code null}
 * @param points points in the report
 * @param quotesDropped quotes grounding dropped
 * @param pointsDropped points grounding dropped
 * @param inputTokens prompt tokens billed
 * @param outputTokens completion tokens billed
 * @param calls model calls made
 * @param cachedCalls answers taken from the cache (0 when none or unknown)
 * @param cost US dollars at the configured prices
 */
record AnalysisRow(long id, Moment at, String serviceSlug, String serviceName, String analyzer, String model,
                   boolean succeeded, @Nullable String error, @Nullable Long fallbackFor, String points,
                   String quotesDropped, String pointsDropped, String inputTokens, String outputTokens, String calls,
                   int cachedCalls, String cost) {

    static AnalysisRow of(AnalysisUsage analysis) {
        Report.Usage usage = analysis.usage();
        return new AnalysisRow(analysis.id(), Moment.of(analysis.createdAt()), analysis.serviceSlug(),
                analysis.serviceName(), analysis.analyzer(),
                analysis.model() == null ? Amounts.UNKNOWN : analysis.model(), analysis.succeeded(),
                analysis.error(), analysis.fallbackFor(), Amounts.count(analysis.points()),
                Amounts.count(analysis.quotesDropped()), Amounts.count(analysis.pointsDropped()),
                Amounts.count(usage == null ? null : usage.inputTokens()),
                Amounts.count(usage == null ? null : usage.outputTokens()),
                Amounts.count(usage == null ? null : usage.calls()), usage == null ? 0 : usage.cachedCalls(),
                Amounts.usd(usage == null ? null : usage.costUsd()));
    }
}

package org.fineprint.server.analysis;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the analyses of a period add up to.
 *
 * @param since the start of the period
 * @param analyses analyses stored, succeeded or failed
 * @param failed analyses that failed
 * @param fallbacks built-in analyses published because the configured analyser failed
 * @param inputTokens prompt tokens billed
 * @param outputTokens completion tokens billed
 * @param calls language model calls made (cached answers not counted)
 * @param costUsd the cost of the analyses whose price was known, in US dollars; {@code null} when none was
 * @param unpriced analyses that called a model without a configured price (their cost is not in {@code costUsd})
 */
public record UsageTotals(Instant since, int analyses, int failed, int fallbacks, long inputTokens,
                          long outputTokens, long calls, @Nullable Double costUsd, int unpriced) {
}

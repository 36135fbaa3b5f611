package org.fineprint.server.review.web;

import org.fineprint.server.analysis.UsageTotals;

/**
 * What the analyses of the last 30 days add up to, as the curator area shows it.
 *
 * @param analyses analyses stored
 * @param analysesCount the same as a number, for the wording
 * @param failed analyses that failed
 * @param fallbacks built-in analyses published in place of a failed one
 * @param inputTokens prompt tokens billed
 * @param outputTokens completion tokens billed
 * @param calls model calls made
 * @param cost US dollars at the configured prices, a dash when no analysis had a price
 * @param unpriced analyses that called a model without a configured price
 */
record UsageTotalsView(String analyses, int analysesCount, int failed, int fallbacks, String inputTokens,
                       String outputTokens, String calls, String cost, int unpriced) {

    static UsageTotalsView of(UsageTotals totals) {
        return new UsageTotalsView(Amounts.count(totals.analyses()), totals.analyses(), totals.failed(),
                totals.fallbacks(), Amounts.count(totals.inputTokens()), Amounts.count(totals.outputTokens()),
                Amounts.count(totals.calls()), Amounts.usd(totals.costUsd()), totals.unpriced());
    }
}

package org.fineprint.server.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of re-analysing several services.
 *
 * @param services services looked at
 * @param analysed services that got a new report
 * @param unchanged services whose report already read their current texts
 * @param failed services whose analysis failed (their published report stays, or the built-in analyser's
 *     report was published in its place)
 * @param failures one line per failure
 * @param elapsed how long it took
 */
public record AnalysisSummary(int services, int analysed, int unchanged, int failed, List<String> failures,
                              Duration elapsed) {
    public AnalysisSummary {
        failures = List.copyOf(failures);
    }

    /** One line for people, e.g. "analysed 3 services: 3 new reports, 0 unchanged, 0 failed (4.2 s)". */
    public String line() {
        return "analysed " + services + (services == 1 ? " service: " : " services: ")
                + analysed + (analysed == 1 ? " new report, " : " new reports, ")
                + unchanged + " unchanged, " + failed + " failed ("
                + String.format(Locale.ROOT, "%.1f", elapsed.toMillis() / 1000.0) + " s)";
    }
}

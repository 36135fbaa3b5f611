package org.fineprint.server.review.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.fineprint.server.analysis.AnalysisRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The curator area's list of the latest analyses, with their token usage and cost, and the totals of 30 days. */
@Controller
class AnalysesController {
    static final String VIEW_ANALYSES = "admin/analyses";
    /** Analyses listed. */
    static final int LATEST = 50;
    /** The period the totals cover. */
    static final Duration TOTALS_PERIOD = Duration.ofDays(30);

    private final AnalysisRepository analyses;
    private final Clock clock;

    AnalysesController(AnalysisRepository analyses, Clock clock) {
        this.analyses = analyses;
        this.clock = clock;
    }

    @GetMapping("/admin/analyses")
    String analyses(Model model) {
        model.addAttribute("latest", LATEST);
        model.addAttribute("analyses", analyses.findLatestUsage(LATEST).stream().map(AnalysisRow::of).toList());
        Instant since = clock.instant().minus(TOTALS_PERIOD);
        model.addAttribute("totals", UsageTotalsView.of(analyses.totalUsageSince(since)));
        return VIEW_ANALYSES;
    }
}

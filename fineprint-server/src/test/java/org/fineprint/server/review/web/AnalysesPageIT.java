package org.fineprint.server.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fineprint.analyze.AnalysisException;
import org.fineprint.analyze.Analyzer;
import org.fineprint.analyze.llm.LlmAnalyzer;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.AnalysisFixtures;
import org.fineprint.server.analysis.AnalysisRepository;
import org.fineprint.server.analysis.AnalyzerIdentity;
import org.fineprint.server.analysis.BuiltInAnalyzer;
import org.fineprint.server.analysis.Reanalysis;
import org.fineprint.server.analysis.Reanalyzer;
import org.fineprint.server.analysis.StoredAnalysis;
import org.fineprint.server.analysis.UsageTotals;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.archive.VersionRepository;
import org.fineprint.server.registry.CategoryRepository;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The curator area's list of analyses: token usage and cost of each, failures and fallbacks, totals of 30 days. */
@ReviewWebTest
class AnalysesPageIT {
    private static final AnalyzerIdentity LLM = new AnalyzerIdentity(LlmAnalyzer.NAME, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceRepository services;
    @Autowired
    CategoryRepository categories;
    @Autowired
    DocumentRepository documents;
    @Autowired
    VersionRepository versions;
    @Autowired
    Archiver archiver;
    @Autowired
    AnalysisRepository analyses;
    @Autowired
    BuiltInAnalyzer builtIn;

    private AnalysisFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AnalysisFixtures(services, documents, archiver);
    }

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/admin/analyses")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void showsTheTokensAndCostOfAnLlmAnalysis() throws Exception {
        Service service = fixtures.serviceWithTermsAndPrivacy("usage");
        Instant since = Instant.now().minus(Duration.ofDays(30));
        UsageTotals before = analyses.totalUsageSince(since);

        Reanalysis analysed = reanalyzer(llmShaped()).reanalyze(service.id());

        assertThat(analysed.outcome()).isEqualTo(Reanalysis.Outcome.ANALYSED);
        Element row = row(page(), analysed.analysis().id());
        assertThat(cells(row)).containsExactly(Long.toString(analysed.analysis().id()),
                row.selectFirst("time").text(), service.name(), "llm", "test-model", "succeeded",
                Integer.toString(analyses.countPoints(analysed.analysis().id())), "2", "1", "31,200", "5,100",
                "5 + 1 cached", "0.0077");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/service/" + service.slug());
        assertThat(row.selectFirst("time").attr("datetime")).isEqualTo(analysed.analysis().createdAt().toString());

        UsageTotals after = analyses.totalUsageSince(since);
        assertThat(after.analyses() - before.analyses()).isEqualTo(1);
        assertThat(after.inputTokens() - before.inputTokens()).isEqualTo(31_200);
        assertThat(after.outputTokens() - before.outputTokens()).isEqualTo(5_100);
        assertThat(after.calls() - before.calls()).isEqualTo(5);
        assertThat(after.costUsd()).isCloseTo((before.costUsd() == null ? 0 : before.costUsd()) + 0.00774,
                within(1e-9));
        assertThat(analyses.totalUsageSince(Instant.now().plusSeconds(60)).analyses()).isZero();
    }

    @Test
    void showsAFailureWithItsErrorAndTheBuiltInAnalysisInItsPlace() throws Exception {
        Service service = fixtures.serviceWithTermsAndPrivacy("usagefail");
        Analyzer down = request -> {
            throw new AnalysisException(request.service(), "the endpoint refused the request (401); check "
                    + "FINEPRINT_LLM_API_KEY");
        };

        Reanalysis result = reanalyzer(down).reanalyze(service.id());

        assertThat(result.outcome()).isEqualTo(Reanalysis.Outcome.FELL_BACK);
        List<StoredAnalysis> stored = analyses.findAllByServiceId(service.id());
        StoredAnalysis fallback = stored.get(0);
        StoredAnalysis failure = stored.get(1);
        var page = page();
        assertThat(cells(row(page, failure.id()))).containsExactly(Long.toString(failure.id()),
                row(page, failure.id()).selectFirst("time").text(), service.name(), "llm", "—",
                "failed " + failure.error(), "—", "—", "—", "—", "—", "—", "—");
        assertThat(cells(row(page, fallback.id()))).containsExactly(Long.toString(fallback.id()),
                row(page, fallback.id()).selectFirst("time").text(), service.name(), "local",
                builtIn.identity().model(), "succeeded, in place of the failed analysis " + failure.id(),
                Integer.toString(analyses.countPoints(fallback.id())), "—", "—", "—", "—", "—", "—");
        assertThat(page.select("nav.admin-nav a[aria-current=page]").text()).isEqualTo("Analyses");
    }

    private org.jsoup.nodes.Document page() throws Exception {
        String html = mvc.perform(get("/admin/analyses").with(user("alice").roles("CURATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static Element row(org.jsoup.nodes.Document page, long analysisId) {
        Element row = page.getElementById("analysis-" + analysisId);
        assertThat(row).as("row of analysis %d", analysisId).isNotNull();
        return row;
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }

    private Reanalyzer reanalyzer(Analyzer analyzer) {
        return new Reanalyzer(services, categories, documents, versions, analyses, analyzer, LLM, builtIn);
    }

    /** The built-in analysis dressed as the LLM analyser's: its name, a model, grounding and usage. */
    private Analyzer llmShaped() {
        return request -> {
            Report report = builtIn.analyzer().analyze(request);
            return new Report(report.service(), report.rating(), report.overview(), report.documents(),
                    report.points(), new Report.Analyzer(LlmAnalyzer.NAME, report.analyzer().version(), "test-model",
                    new Report.Grounding(2, 1), new Report.Usage(31_200, 5_100, 0.00774, 5, 1)), report.elapsedMs());
        };
    }
}

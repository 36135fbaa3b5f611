package org.fineprint.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.AnalysisException;
import org.fineprint.analyze.Analyzer;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.analyze.llm.LlmAnalyzer;
import org.fineprint.analyze.llm.LlmCache;
import org.fineprint.analyze.llm.LlmSettings;
import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.analyze.point.CaseScores;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.fetch.LocalWebServer;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.Reanalysis.Outcome;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.archive.StoredVersion;
import org.fineprint.server.archive.VersionRepository;
import org.fineprint.server.registry.CategoryRepository;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The re-analysis rules and the analyses tables on a real PostgreSQL; run on the embedded and the external one. */
abstract class ReanalyzerContract {
    @Autowired
    Reanalyzer reanalyzer;
    @Autowired
    AnalysisRepository analyses;
    @Autowired
    PublishedReports published;
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
    AnalyzerIdentity identity;
    @Autowired
    BuiltInAnalyzer builtIn;

    /** The LLM analyser's identity as the server configures it (the model is only known after a run). */
    static final AnalyzerIdentity LLM = new AnalyzerIdentity(LlmAnalyzer.NAME, null);
    static LocalWebServer web;

    AnalysisFixtures fixtures;

    @BeforeAll
    static void startWebServer() {
        web = LocalWebServer.start();
    }

    @AfterAll
    static void stopWebServer() {
        web.close();
    }

    @BeforeEach
    void fixtures() {
        fixtures = new AnalysisFixtures(services, documents, archiver);
    }

    @Test
    void analysesTheLatestVersionOfEachDocumentTermsFirstAndStoresItsPoints() {
        Service service = fixtures.serviceWithTermsAndPrivacy("ana");

        Reanalysis result = reanalyzer.reanalyze(service.id());

        assertThat(result.outcome()).isEqualTo(Outcome.ANALYSED);
        StoredAnalysis stored = result.analysis();
        assertThat(stored).isNotNull();
        assertThat(stored.succeeded()).isTrue();
        assertThat(stored.analyzer()).isEqualTo("local");
        long terms = documents.findByServiceIdAndType(service.id(), DocumentType.TERMS).orElseThrow().id();
        long privacy = documents.findByServiceIdAndType(service.id(), DocumentType.PRIVACY).orElseThrow().id();
        assertThat(stored.inputVersionIds()).containsExactly(
                versions.findLatestByDocumentId(terms).orElseThrow().id(),
                versions.findLatestByDocumentId(privacy).orElseThrow().id());
        Report report = analyses.findReport(stored.id()).orElseThrow();
        assertThat(report.documents()).extracting(Report.Document::type)
                .containsExactly(DocumentType.TERMS, DocumentType.PRIVACY);
        assertThat(report.points()).hasSizeGreaterThan(5);
        assertThat(analyses.countPoints(stored.id())).isEqualTo(report.points().size());
        assertThat(report.rating().stars()).isNotNull();
    }

    @Test
    void skipsWhenThePublishedAnalysisReadTheSameVersions() {
        Service service = fixtures.serviceWithTermsAndPrivacy("same");
        Reanalysis first = reanalyzer.reanalyze(service.id());

        Reanalysis second = reanalyzer.reanalyze(service.id());

        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(second.analysis()).isEqualTo(first.analysis());
        assertThat(analyses.findAllByServiceId(service.id())).hasSize(1);
    }

    @Test
    void analysesAgainWhenADocumentHasANewVersion() {
        Service service = fixtures.serviceWithTermsAndPrivacy("newver");
        Reanalysis first = reanalyzer.reanalyze(service.id());
        StoredVersion changed = fixtures.version(service, DocumentType.PRIVACY,
                AnalysisFixtures.text("privacy.md") + "\nWe keep your data for ten years.\n", AnalysisFixtures.TUESDAY);

        Reanalysis second = reanalyzer.reanalyze(service.id());

        assertThat(second.outcome()).isEqualTo(Outcome.ANALYSED);
        assertThat(second.analysis().id()).isGreaterThan(first.analysis().id());
        assertThat(second.analysis().inputVersionIds()).contains(changed.id());
        assertThat(published.findByServiceId(service.id()).orElseThrow().analysis().id())
                .isEqualTo(second.analysis().id());
    }

    @Test
    void aFailureIsStoredWithItsErrorAndKeepsThePublishedReport() {
        Service service = fixtures.serviceWithTermsAndPrivacy("fail");
        Reanalysis good = reanalyzer.reanalyze(service.id());
        fixtures.version(service, DocumentType.TERMS, AnalysisFixtures.text("terms.md") + "\nNew clause.\n",
                AnalysisFixtures.TUESDAY);
        Analyzer broken = request -> {
            throw new AnalysisException(request.service(), "the model endpoint answered 500 twice\nretry later");
        };

        Reanalysis failed = reanalyzerWith(broken).reanalyze(service.id());

        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.message()).startsWith("Analysis failed: the model endpoint answered 500 twice retry later");
        StoredAnalysis latest = analyses.findLatestByServiceId(service.id()).orElseThrow();
        assertThat(latest.succeeded()).isFalse();
        assertThat(latest.error()).isEqualTo(failed.message());
        assertThat(analyses.findReport(latest.id())).isEmpty();
        assertThat(published.findByServiceId(service.id()).orElseThrow().analysis().id())
                .isEqualTo(good.analysis().id());
    }

    @Test
    void aReportWithAQuoteThatIsNotInTheDocumentIsAFailure() {
        Service service = fixtures.serviceWithTermsAndPrivacy("ungrounded");
        LocalAnalyzer local = LocalAnalyzer.builtIn();
        Analyzer misquoting = request -> {
            Report report = local.analyze(request);
            Point first = report.points().getFirst();
            Point wrong = new Point(first.caseId(), first.title(), first.sentiment(), first.severity(),
                    first.document(), first.explanation(), List.of(new Quote("not in the text", 0, 15)), 0.9);
            return new Report(report.service(), report.rating(), report.overview(), report.documents(),
                    List.of(wrong), report.analyzer(), report.elapsedMs());
        };

        Reanalysis result = reanalyzerWith(misquoting).reanalyze(service.id());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains("quotes text that is not at [0, 15) of d0");
        assertThat(published.findByServiceId(service.id())).isEmpty();
    }

    @Test
    void analysesAgainWhenTheAnalyserOrItsModelChanged() {
        Service service = fixtures.serviceWithTermsAndPrivacy("model");
        reanalyzer.reanalyze(service.id());
        AnalyzerIdentity newDetector = new AnalyzerIdentity("local", "a newly trained detector");
        assertThat(analyses.findServiceIdsWithStaleAnalysis(identity)).doesNotContain(service.id());
        assertThat(analyses.findServiceIdsWithStaleAnalysis(newDetector)).contains(service.id());
        assertThat(analyses.findServiceIdsWithStaleAnalysis(new AnalyzerIdentity("llm", null))).contains(service.id());

        Reanalysis again = new Reanalyzer(services, categories, documents, versions, analyses,
                LocalAnalyzer.builtIn(), newDetector, builtIn).reanalyze(service.id());

        assertThat(again.outcome()).isEqualTo(Outcome.ANALYSED);
        assertThat(identity.model()).isEqualTo(LocalAnalyzer.builtIn().detector().modelName());
    }

    @Test
    void aFailureOfTheCurrentTextsIsNotRetriedUntilSomethingChanges() {
        Service service = fixtures.serviceWithTermsAndPrivacy("noretry");
        Analyzer broken = request -> {
            throw new AnalysisException(request.service(), "the model endpoint is down");
        };

        reanalyzerWith(broken).reanalyze(service.id());

        assertThat(analyses.findLatestByServiceId(service.id()).orElseThrow().model()).isEqualTo(identity.model());
        assertThat(analyses.findServiceIdsWithStaleAnalysis(identity)).doesNotContain(service.id());
    }

    @Test
    void aServiceWithoutArchivedTextIsNotAnalysed() {
        Service service = fixtures.service("empty");

        Reanalysis result = reanalyzer.reanalyze(service.id());

        assertThat(result.outcome()).isEqualTo(Outcome.NO_TEXT);
        assertThat(analyses.findAllByServiceId(service.id())).isEmpty();
    }

    @Test
    void servicesNeverAnalysedAreListedUntilTheyAre() {
        Service service = fixtures.serviceWithTermsAndPrivacy("never");
        assertThat(analyses.findServiceIdsNeverAnalysed()).contains(service.id());
        assertThat(analyses.findServiceIdsWithStaleAnalysis(identity)).contains(service.id());

        reanalyzer.reanalyze(service.id());

        assertThat(analyses.findServiceIdsNeverAnalysed()).doesNotContain(service.id());
        assertThat(analyses.findServiceIdsWithStaleAnalysis(identity)).doesNotContain(service.id());
    }

    @Test
    void anLlmFailureWithNothingPublishedPublishesTheBuiltInAnalysisAndRecordsTheFailure() {
        Service service = fixtures.serviceWithTermsAndPrivacy("fallback");
        RefusingEndpoint endpoint = RefusingEndpoint.at(web);

        Reanalysis result = llmReanalyzer(llm(endpoint)).reanalyze(service.id());

        assertThat(result.outcome()).isEqualTo(Outcome.FELL_BACK);
        assertThat(result.failed()).isTrue();
        assertThat(result.message()).startsWith("Analysis failed: ").contains("(401)")
                .endsWith("; published the built-in analyser's report instead");
        assertThat(endpoint.calls()).isPositive();
        List<StoredAnalysis> all = analyses.findAllByServiceId(service.id());
        assertThat(all).hasSize(2);
        StoredAnalysis failure = all.get(1);
        assertThat(failure.succeeded()).isFalse();
        assertThat(failure.analyzer()).isEqualTo(LlmAnalyzer.NAME);
        assertThat(failure.error()).contains("(401)");
        assertThat(failure.fallback()).isFalse();
        StoredAnalysis fallback = all.getFirst();
        assertThat(fallback).isEqualTo(result.analysis());
        assertThat(fallback.succeeded()).isTrue();
        assertThat(fallback.analyzer()).isEqualTo(LocalAnalyzer.NAME);
        assertThat(fallback.model()).isEqualTo(builtIn.identity().model());
        assertThat(fallback.fallbackFor()).isEqualTo(failure.id());
        assertThat(fallback.inputVersionIds()).isEqualTo(failure.inputVersionIds());
        assertThat(published.findByServiceId(service.id()).orElseThrow().analysis().id()).isEqualTo(fallback.id());
        assertThat(analyses.countPoints(fallback.id())).isPositive();
    }

    @Test
    void aPublishedLlmAnalysisStaysWhenTheLlmFailsOnANewText() {
        Service service = fixtures.serviceWithTermsAndPrivacy("llmstays");
        Reanalysis good = llmReanalyzer(llmShaped()).reanalyze(service.id());
        assertThat(good.outcome()).isEqualTo(Outcome.ANALYSED);
        fixtures.version(service, DocumentType.TERMS, AnalysisFixtures.text("terms.md") + "\nNew clause.\n",
                AnalysisFixtures.TUESDAY);
        RefusingEndpoint endpoint = RefusingEndpoint.at(web);

        Reanalysis failed = llmReanalyzer(llm(endpoint)).reanalyze(service.id());

        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(endpoint.calls()).isPositive();
        assertThat(published.findByServiceId(service.id()).orElseThrow().analysis().id())
                .isEqualTo(good.analysis().id());
        assertThat(analyses.findAllByServiceId(service.id())).hasSize(2)
                .extracting(StoredAnalysis::analyzer).containsOnly(LlmAnalyzer.NAME);
        assertThat(analyses.findServiceIdsWithStaleAnalysis(LLM)).doesNotContain(service.id());
    }

    @Test
    void afterAFallbackTheLlmIsNotCalledAgainUntilATextChanges() {
        Service service = fixtures.serviceWithTermsAndPrivacy("noloop");
        RefusingEndpoint endpoint = RefusingEndpoint.at(web);
        Reanalyzer reanalyzer = llmReanalyzer(llm(endpoint));
        assertThat(reconcile(reanalyzer, service)).isEqualTo(Outcome.FELL_BACK);
        int calls = endpoint.calls();

        assertThat(reconcile(reanalyzer, service)).isNull();

        assertThat(endpoint.calls()).isEqualTo(calls);
        assertThat(analyses.findAllByServiceId(service.id())).hasSize(2);
        // Configured back to the built-in analyser, the fallback is already its analysis of these texts.
        assertThat(analyses.findServiceIdsWithStaleAnalysis(builtIn.identity())).doesNotContain(service.id());

        StoredVersion changed = fixtures.version(service, DocumentType.PRIVACY,
                AnalysisFixtures.text("privacy.md") + "\nWe keep your data for ten years.\n", AnalysisFixtures.TUESDAY);

        assertThat(reconcile(reanalyzer, service)).isEqualTo(Outcome.FELL_BACK);
        assertThat(endpoint.calls()).isGreaterThan(calls);
        StoredAnalysis now = published.findByServiceId(service.id()).orElseThrow().analysis();
        assertThat(now.analyzer()).isEqualTo(LocalAnalyzer.NAME);
        assertThat(now.inputVersionIds()).contains(changed.id());
        assertThat(reconcile(reanalyzer, service)).isNull();
    }

    @Test
    void aFallbackThatFailsTooIsRecordedAndNotRetried() {
        Service service = fixtures.serviceWithTermsAndPrivacy("bothfail");
        Analyzer broken = request -> {
            throw new AnalysisException(request.service(), "the model endpoint is down");
        };
        CaseDetector brokenDetector = new CaseDetector() {
            @Override
            public CaseScores score(String text, List<Clause> clauses) {
                throw new IllegalStateException("the detector is broken");
            }

            @Override
            public String modelName() {
                return builtIn.analyzer().detector().modelName();
            }
        };
        BuiltInAnalyzer brokenBuiltIn = new BuiltInAnalyzer(new LocalAnalyzer(brokenDetector));
        Reanalyzer reanalyzer = new Reanalyzer(services, categories, documents, versions, analyses, broken, LLM,
                brokenBuiltIn);

        Reanalysis result = reanalyzer.reanalyze(service.id());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains("the model endpoint is down").contains(
                "the built-in analyser failed too: Analysis failed: IllegalStateException: the detector is broken");
        assertThat(analyses.findAllByServiceId(service.id())).extracting(StoredAnalysis::succeeded)
                .containsExactly(false, false);
        assertThat(published.findByServiceId(service.id())).isEmpty();
        assertThat(analyses.findServiceIdsWithStaleAnalysis(LLM)).doesNotContain(service.id());
    }

    /** What the reconciler does for one service: analyse it when it is stale; null when it was not. */
    private Reanalysis.@Nullable Outcome reconcile(Reanalyzer reanalyzer, Service service) {
        return analyses.findServiceIdsWithStaleAnalysis(LLM).contains(service.id())
                ? reanalyzer.reanalyze(service.id()).outcome() : null;
    }

    private Reanalyzer llmReanalyzer(Analyzer analyzer) {
        return new Reanalyzer(services, categories, documents, versions, analyses, analyzer, LLM, builtIn);
    }

    /** The real LLM analyser on a local endpoint, without retries or cache. */
    private LlmAnalyzer llm(RefusingEndpoint endpoint) {
        LlmSettings settings = LlmSettings.builder().baseUrl(endpoint.baseUrl()).model("test-model").maxRetries(0)
                .build();
        return new LlmAnalyzer(settings, LlmCache.NONE, builtIn.analyzer().detector());
    }

    /** An analyser whose reports look like the LLM analyser's (its name, a model and usage). */
    private Analyzer llmShaped() {
        return request -> {
            Report report = builtIn.analyzer().analyze(request);
            return new Report(report.service(), report.rating(), report.overview(), report.documents(),
                    report.points(), new Report.Analyzer(LlmAnalyzer.NAME, report.analyzer().version(), "test-model",
                    new Report.Grounding(2, 1), new Report.Usage(31_200, 5_100, 0.00774, 5, 0)), report.elapsedMs());
        };
    }

    private Reanalyzer reanalyzerWith(Analyzer analyzer) {
        return new Reanalyzer(services, categories, documents, versions, analyses, analyzer, identity, builtIn);
    }
}

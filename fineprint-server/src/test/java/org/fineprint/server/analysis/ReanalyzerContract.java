package org.fineprint.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.AnalysisException;
import org.fineprint.analyze.Analyzer;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
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
import org.junit.jupiter.api.BeforeEach;
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

    AnalysisFixtures fixtures;

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
                LocalAnalyzer.builtIn(), newDetector).reanalyze(service.id());

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

    private Reanalyzer reanalyzerWith(Analyzer analyzer) {
        return new Reanalyzer(services, categories, documents, versions, analyses, analyzer, identity);
    }
}

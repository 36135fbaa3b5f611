package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fineprint.analyze.point.Point;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.Pages;
import org.fineprint.server.WebTest;
import org.fineprint.server.analysis.AnalysisFixtures;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.analysis.Reanalyzer;
import org.fineprint.server.analysis.ReportAdjuster;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A {@link ReportAdjuster} bean (as the review feature's corrections will be) is applied to every
 * page: a dismissed point leaves the service page, its rating, the document viewer, compare rows,
 * search results and catalogue counts, and stays dismissed after a re-analysis.
 */
@WebTest
@Import(AdjustedPagesIT.Dismissals.class)
class AdjustedPagesIT {
    @LocalServerPort
    int port;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    Archiver archiver;
    @Autowired
    Reanalyzer reanalyzer;
    @Autowired
    PublishedReports reports;
    @Autowired
    Dismissals dismissals;

    Pages pages;
    AnalysisFixtures fixtures;

    @BeforeEach
    void setUp() {
        pages = new Pages(port);
        fixtures = new AnalysisFixtures(services, documents, archiver);
    }

    /** Dismisses (service, case) pairs; its state changes with every dismissal. */
    @TestConfiguration
    static class Dismissals {
        final Map<Long, String> dismissed = new ConcurrentHashMap<>();
        final AtomicInteger version = new AtomicInteger();

        @Bean
        ReportAdjuster dismissingAdjuster() {
            return new ReportAdjuster() {
                @Override
                public Report adjust(long serviceId, Report published) {
                    String caseId = dismissed.get(serviceId);
                    if (caseId == null) {
                        return published;
                    }
                    return new Report(published.service(), published.rating(), published.overview(),
                            published.documents(), published.points().stream()
                            .filter(p -> !p.caseId().equals(caseId)).toList(), published.analyzer(),
                            published.elapsedMs());
                }

                @Override
                public Object state() {
                    return version.get();
                }
            };
        }

        void dismiss(long serviceId, String caseId) {
            dismissed.put(serviceId, caseId);
            version.incrementAndGet();
        }
    }

    @Test
    void aServiceWithTooFewRatedPointsSaysHowManyAreNeeded() {
        Service service = fixtures.service("thin");
        fixtures.version(service, DocumentType.TERMS, "# Welcome\n\nThank you for visiting our website.\n",
                AnalysisFixtures.MONDAY);
        reanalyzer.reanalyze(service.id());

        Document page = pages.get("/service/" + service.slug()).html();

        assertThat(page.select(".rating-big .label").text()).isEqualTo("Not enough information");
        assertThat(page.select(".why p.small").first().text())
                .isEqualTo("Only 0 point(s) count towards a rating and at least " + org.fineprint.analyze.rating.Rater.MIN_RATED_POINTS
                        + " are needed, so the documents do not support one.");
    }

    @Test
    void aDismissedPointLeavesEveryPageAndStaysDismissedAfterReanalysis() {
        Service service = fixtures.serviceWithTermsAndPrivacy("adjusted");
        Service other = fixtures.serviceWithTermsAndPrivacy("other");
        reanalyzer.reanalyze(service.id());
        reanalyzer.reanalyze(other.id());
        PublishedReport before = reports.findByServiceId(service.id()).orElseThrow();
        Point target = before.report().points().stream()
                .filter(p -> p.caseId().equals("arbitration-mandatory")).findFirst().orElseThrow();
        String title = target.title();
        assertThat(pages.get("/service/" + service.slug()).html().select("li.point h3").eachText()).contains(title);
        int casesBefore = count(pages.get("/cases").html(), target.caseId());

        dismissals.dismiss(service.id(), target.caseId());

        Document page = pages.get("/service/" + service.slug()).html();
        assertThat(page.select("li.point h3").eachText()).doesNotContain(title);
        assertThat(page.select("li.point")).hasSize((int) before.report().points().stream()
                .map(Point::caseId).distinct().count() - 1);
        assertThat(page.select(".why-list li")).hasSize(before.report().rating().contributions().size() - 1);
        String otherQuotes = before.report().points().stream().filter(p -> p != target)
                .flatMap(p -> p.quotes().stream()).map(q -> q.text()).collect(java.util.stream.Collectors.joining("\n"));
        for (var quote : target.quotes()) {
            String start = quote.text().substring(0, Math.min(30, quote.text().length()));
            if (!otherQuotes.contains(start)) { // a passage only the dismissed point quoted leaves the page
                assertThat(page.select(".quote").text()).doesNotContain(start);
            }
        }
        Document viewer = pages.get("/service/" + service.slug() + "/document/terms").html();
        assertThat(viewer.select(".quoted-points li").eachText()).doesNotContain(title);
        String pair = String.join("-vs-", java.util.stream.Stream.of(service.slug(), other.slug()).sorted().toList());
        Document compare = pages.get("/compare/" + pair).html();
        String caseTitle = org.fineprint.catalog.CaseCatalog.builtIn().byId(target.caseId()).orElseThrow().title();
        assertThat(compare.select(".compare-table tbody tr").stream()
                .filter(tr -> tr.select("th[scope=row] > span").first() != null
                        && tr.select("th[scope=row] > span").first().text().equals(caseTitle)))
                .singleElement().satisfies(tr -> assertThat(tr.select(".missing")).hasSize(1));
        Document search = pages.get("/search?q=" + URLEncoder.encode("binding arbitration", StandardCharsets.UTF_8)).html();
        assertThat(search.select(".results h2 a").eachText()).contains(other.name()).doesNotContain(service.name());
        assertThat(count(pages.get("/cases").html(), target.caseId())).isEqualTo(casesBefore - 1);

        fixtures.version(service, DocumentType.TERMS, AnalysisFixtures.text("terms.md") + "\nNew clause.\n",
                AnalysisFixtures.TUESDAY);
        reanalyzer.reanalyze(service.id());

        PublishedReport after = reports.findByServiceId(service.id()).orElseThrow();
        assertThat(after.analysis().id()).isGreaterThan(before.analysis().id());
        assertThat(pages.get("/service/" + service.slug()).html().select("li.point h3").eachText()).doesNotContain(title);
    }

    /** The catalogue page's count of services with a case. */
    private static int count(Document cases, String caseId) {
        String text = cases.select("#case-" + caseId + " .case-head a.small").text();
        return text.startsWith("no service") ? 0 : Integer.parseInt(text.replaceAll("\\D+", ""));
    }
}

package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.Pages;
import org.fineprint.server.SampleSiteTest;
import org.fineprint.server.analysis.AnalysisFixtures;
import org.fineprint.server.analysis.AnalysisRun;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.jobs.ReanalyzeServiceTask;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every public page on the analysed sample services: status, key content, 404s and canonical addresses. */
@SampleSiteTest
class SitePagesIT {
    @LocalServerPort
    int port;
    @Autowired
    AnalysisRun analysisRun;
    @Autowired
    PublishedReports reports;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    Archiver archiver;
    @Autowired
    JdbcClient jdbc;

    Pages pages;

    @BeforeEach
    void analysed() {
        SampleSiteTest.Samples.analyse(analysisRun);
        pages = new Pages(port);
    }

    private PublishedReport aliexpress() {
        return reports.findByServiceId(services.findBySlug("aliexpress").orElseThrow().id()).orElseThrow();
    }

    @Test
    void everyPageHasTitleDescriptionCanonicalLandmarksAndSkipLink() {
        for (String path : List.of("/", "/service/aliexpress", "/service/aliexpress/document/terms",
                "/category/shopping", "/search?q=aliexpress", "/compare/aliexpress-vs-amazon", "/cases",
                "/cases/arbitration-mandatory", "/methodology", "/guides/how-to-read-terms-of-service")) {
            Pages.Page page = pages.get(path);
            Document html = page.html();
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(html.title()).as(path).contains("Fineprint");
            assertThat(html.select("meta[name=description]").attr("content")).as(path).hasSizeGreaterThan(30);
            assertThat(html.select("link[rel=canonical]").attr("href")).as(path).startsWith(pages.url("/"));
            assertThat(html.select("header.site-header, nav, main#content, footer")).as(path).hasSizeGreaterThanOrEqualTo(4);
            assertThat(html.select("a.skip[href=#content]")).as(path).hasSize(1);
            assertThat(html.select("h1")).as(path).hasSize(1);
            assertThat(html.select("html").attr("lang")).isEqualTo("en");
        }
    }

    @Test
    void homeHasSearchCategoriesRecentlyChangedAndRatedServices() {
        Document html = pages.get("/").html();

        assertThat(html.select("form[role=search][action=/search] input[name=q]")).isNotEmpty();
        assertThat(html.select(".category-nav a[href=/category/shopping]").text()).contains("Shopping");
        assertThat(html.select(".recent-list li")).hasSize(HomeController.RECENT);
        assertThat(html.select("article.card")).hasSizeGreaterThanOrEqualTo(36);
        assertThat(html.select("#shopping article.card")).hasSize(5);
        assertThat(html.select("article.card .stars")).hasSizeGreaterThan(30);
    }

    @Test
    void servicePageShowsRatingWhyOverviewPointsDocumentsAndLinks() {
        PublishedReport published = aliexpress();
        Report report = published.report();
        Document html = pages.get("/service/aliexpress").html();

        assertThat(html.select("h1").text()).isEqualTo("AliExpress");
        assertThat(html.select(".service-head .meta a[href=/category/shopping]").text()).isEqualTo("Shopping");
        assertThat(html.select(".service-head .meta").text()).contains("aliexpress.com");
        assertThat(html.select(".rating-big .label").text()).isEqualTo(report.rating().label());
        assertThat(html.select(".rating-big .visually-hidden").text()).isEqualTo(report.rating().stars() + " out of 5 stars");
        assertThat(html.select(".overview").text()).isEqualTo(report.overview());
        assertThat(html.select("#why-heading").text()).isEqualTo("Why this rating");
        assertThat(html.select(".why-list li")).hasSize(report.rating().contributions().size());
        assertThat(html.select(".why-list .delta").first().text()).startsWith("\u2212");

        // One entry per case; a case found in a second document is shown inside its entry.
        assertThat(html.select("li.point"))
                .hasSize((int) report.points().stream().map(Point::caseId).distinct().count());
        assertThat(html.select(".also-in")).hasSize(report.points().size() - html.select("li.point").size());
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < report.points().size(); i++) {
            Point point = report.points().get(i);
            if (!listed.add(point.caseId())) {
                Element also = html.selectFirst("li.point .also-in#p-" + i);
                assertThat(also).as("point %d, a case already listed", i).isNotNull();
                assertThat(also.select(".also a").text()).isEqualTo("Also in the " + published.documentType(point).title());
                assertThat(also.select(".also a").attr("href"))
                        .isEqualTo("/service/aliexpress/document/" + published.documentType(point).id() + "#point-" + i);
                assertThat(also.select("a.report").attr("href")).isEqualTo("/service/aliexpress/report?point=" + i);
                continue;
            }
            Element li = html.selectFirst("li.point#p-" + i);
            assertThat(li).isNotNull();
            String type = published.documentType(point).id();
            assertThat(li.select(".sentiment").text()).containsIgnoringCase(point.sentiment().id());
            assertThat(li.select(".severity [aria-hidden]").text())
                    .isEqualTo("●".repeat(point.severity()) + "○".repeat(5 - point.severity()));
            assertThat(li.select(".from").text()).isEqualTo("from the " + published.documentType(point).title());
            assertThat(li.select("h3 a").attr("href")).isEqualTo("/service/aliexpress/document/" + type + "#point-" + i);
            assertThat(li.select("a.see").attr("href")).isEqualTo("/service/aliexpress/document/" + type + "#point-" + i);
            assertThat(li.select("a.report").attr("href")).isEqualTo("/service/aliexpress/report?point=" + i);
            assertThat(li.select(".explanation").text()).isEqualTo(point.explanation());
            assertThat(li.select("blockquote").text()).isNotBlank();
        }
        assertThat(html.select("#documents article.document")).hasSize(2);
        assertThat(html.select("#terms .summary li")).isNotEmpty();
        assertThat(html.select("#terms a[href=/service/aliexpress/document/terms]")).hasSize(1);
        assertThat(html.select("#terms time")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(html.select("#others-heading").text()).isEqualTo("Other Shopping services");
        assertThat(html.select(".related article.card")).hasSize(4);
        assertThat(html.select("#compare-heading").text()).isEqualTo("Compare AliExpress with\u2026");
        assertThat(html.select("form.compare-form[method=get][action=/compare] select[name=b] option"))
                .hasSizeGreaterThanOrEqualTo(36);
        assertThat(html.select("a[href=/guides/how-to-read-terms-of-service]")).isNotEmpty();
        assertThat(html.select("a.report-problem[href=/service/aliexpress/report]").text())
                .isEqualTo("Report a problem with this summary");
        assertThat(html.title()).isEqualTo("AliExpress: terms of service and privacy policy explained | Fineprint");
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(pages.url("/service/aliexpress"));
    }

    @Test
    void aServiceWithoutAnalysisSaysSoPlainly() {
        Service service = new AnalysisFixtures(services, documents, archiver).service("unanalysed");
        new AnalysisFixtures(services, documents, archiver).version(service, DocumentType.TERMS, "# Terms\n\nBe kind.\n",
                AnalysisFixtures.MONDAY);

        Document html = pages.get("/service/" + service.slug()).html();

        assertThat(html.select("#state-heading").text()).isEqualTo("Not analysed yet");
        assertThat(html.select(".verdict, li.point")).isEmpty();
        assertThat(html.select("#documents article.document")).hasSize(1);
    }

    @Test
    void aServiceWaitingForItsAnalysisSaysItIsInProgress() {
        Service service = new AnalysisFixtures(services, documents, archiver).service("waiting");
        jdbc.sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                VALUES (:task, :id, :at, false, 1)""")
                .param("task", ReanalyzeServiceTask.NAME).param("id", Long.toString(service.id()))
                .param("at", java.sql.Timestamp.from(Instant.now().plusSeconds(3600))).update();

        Document html = pages.get("/service/" + service.slug()).html();

        assertThat(html.select("#state-heading").text()).isEqualTo("Analysis in progress");
        assertThat(pages.get("/category/" + "shopping").status()).isEqualTo(200);
    }

    @Test
    void documentViewerHighlightsAndAnchorsEveryQuotedPassage() {
        PublishedReport published = aliexpress();
        Document html = pages.get("/service/aliexpress/document/terms").html();

        Report report = published.report();
        int quoted = 0;
        for (int i = 0; i < report.points().size(); i++) {
            Point point = report.points().get(i);
            if (published.documentType(point) != DocumentType.TERMS) {
                assertThat(html.getElementById("point-" + i)).isNull();
                continue;
            }
            quoted++;
            Element anchor = html.getElementById("point-" + i);
            assertThat(anchor).as("point-" + i).isNotNull();
            assertThat(anchor.tagName()).isEqualTo("mark");
            String marked = String.join(" ", html.select("mark.q-" + i + "-1").eachText());
            assertThat(normalise(marked)).isEqualTo(normalise(Plain.text(point.quotes().getFirst().text())));
        }
        assertThat(html.select(".quoted-points li")).hasSize(quoted);
        assertThat(html.select(".versions li")).hasSize(1);
        assertThat(html.select(".viewer-text h2, .viewer-text p")).hasSizeGreaterThan(50);
        assertThat(html.select(".viewer-text a[href^=https://]")).isNotEmpty();
    }

    @Test
    void documentViewerListsVersionsAndShowsAnOlderOneWithoutHighlights() {
        AnalysisFixtures fixtures = new AnalysisFixtures(services, documents, archiver);
        Service service = fixtures.serviceWithTermsAndPrivacy("versions");
        SampleSiteTest.Samples.analyse(analysisRun);
        var second = fixtures.version(service, DocumentType.TERMS, AnalysisFixtures.text("terms.md")
                + "\nA new clause.\n", AnalysisFixtures.TUESDAY);
        String path = "/service/" + service.slug() + "/document/terms";

        Document analysed = pages.get(path).html();
        assertThat(analysed.select(".versions li")).hasSize(2);
        assertThat(analysed.select("mark[id^=point-]")).isNotEmpty();
        assertThat(analysed.select(".notice").text()).contains("A newer version of this document exists");

        Document latest = pages.get(path + "?version=" + second.id()).html();
        assertThat(latest.select("mark")).isEmpty();
        assertThat(latest.select(".notice").text()).contains("quote another version");
        assertThat(latest.select("link[rel=canonical]").attr("href")).endsWith("?version=" + second.id());
        assertThat(pages.get(path + "?version=999999999").status()).isEqualTo(404);
    }

    @Test
    void unknownServicesDocumentsCategoriesAndCasesGetTheNotFoundPage() {
        for (String path : List.of("/service/no-such-service", "/service/aliexpress/document/cookies",
                "/service/aliexpress/document/nonsense", "/category/no-such-category", "/cases/no-such-case",
                "/compare/aliexpress-vs-no-such-service", "/compare/aliexpress-vs-aliexpress", "/compare/aliexpress",
                "/no/such/page")) {
            Pages.Page page = pages.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.html().select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(page.html().select("form[action=/search]")).as(path).isNotEmpty();
        }
    }

    @Test
    void categoryPageListsItsServicesWithRatings() {
        Document html = pages.get("/category/shopping").html();

        assertThat(html.select("h1").text()).isEqualTo("Shopping services");
        assertThat(html.select("article.card h3").eachText()).containsExactly("AliExpress", "Amazon", "IKEA", "SHEIN", "Temu");
        assertThat(html.select("article.card .stars")).hasSize(5);
    }

    @Test
    void compareShowsRatingsAndOneRowPerCaseAnyServiceHas() {
        Document html = pages.get("/compare/aliexpress-vs-amazon").html();

        assertThat(html.select("h1").text()).isEqualTo("AliExpress vs Amazon");
        assertThat(html.select(".compare-heads .card h2").eachText()).containsExactly("AliExpress", "Amazon");
        assertThat(html.select(".compare-heads .card .stars")).hasSize(2);
        PublishedReport ali = aliexpress();
        PublishedReport amazon = reports.findByServiceId(services.findBySlug("amazon").orElseThrow().id()).orElseThrow();
        java.util.Set<String> cases = new java.util.HashSet<>();
        ali.report().points().forEach(p -> cases.add(p.caseId()));
        amazon.report().points().forEach(p -> cases.add(p.caseId()));
        List<Element> rows = html.select(".compare-table tbody tr:not(.topic)");
        assertThat(rows).hasSize(cases.size());
        assertThat(rows).allSatisfy(row -> assertThat(row.select("td")).hasSize(2));
        assertThat(html.select(".compare-table .missing").text()).contains("Not found");
        List<String> topics = html.select(".compare-table tr.topic th").eachText();
        assertThat(topics.getFirst()).isEqualTo("Disputes");
        Element firstGroup = html.selectFirst(".compare-table tbody");
        List<String> sentiments = firstGroup.select("tr:not(.topic) th .sentiment").eachText();
        assertThat(sentiments).isSortedAccordingTo(java.util.Comparator.comparingInt(s ->
                s.contains("Negative") ? 0 : s.contains("Positive") ? 1 : 2));
        assertThat(CaseCatalog.builtIn().size()).isPositive();
    }

    @Test
    void compareAnswersEveryOtherOrderWithAPermanentRedirectToTheCanonicalOne() {
        Pages.Page reversed = pages.get("/compare/amazon-vs-aliexpress");
        assertThat(reversed.status()).isEqualTo(301);
        assertThat(reversed.header("Location")).endsWith("/compare/aliexpress-vs-amazon");

        Pages.Page three = pages.get("/compare/temu-vs-amazon-vs-aliexpress");
        assertThat(three.status()).isEqualTo(301);
        assertThat(three.header("Location")).endsWith("/compare/aliexpress-vs-amazon-vs-temu");
        Document html = pages.get("/compare/aliexpress-vs-amazon-vs-temu").html();
        assertThat(html.select(".compare-table thead th")).hasSize(4);

        Pages.Page picker = pages.get("/compare?a=temu&b=amazon");
        assertThat(picker.status()).isEqualTo(303);
        assertThat(picker.header("Location")).endsWith("/compare/amazon-vs-temu");
        assertThat(pages.get("/compare?a=temu").header("Location")).endsWith("/service/temu");
    }

    @Test
    void methodologyPrintsTheRatingFormulaFromTheCode() {
        Document html = pages.get("/methodology").html();
        String text = html.text();

        assertThat(text).contains(CaseCatalog.builtIn().size() + " cases", MethodologyController.number(Rater.DECAY),
                "Not enough information", "Report a problem");
        for (double threshold : Rater.STAR_THRESHOLDS) {
            assertThat(text).contains(MethodologyController.number(threshold).replace('-', '−') + " or more");
        }
        assertThat(html.select("#not-enough + p strong").text()).isEqualTo(Integer.toString(Rater.MIN_RATED_POINTS));
        for (int s = 1; s <= 5; s++) {
            assertThat(text).contains(MethodologyController.number(Rater.WEIGHTS[s]));
        }
        assertThat(html.select("table tfoot td").text())
                .isEqualTo(MethodologyController.number(MethodologyController.exampleScore()));
    }

    @Test
    void catalogueListsEveryCaseWithHowManyServicesHaveIt() {
        Document html = pages.get("/cases").html();

        assertThat(html.select("li[id^=case-]")).hasSize(CaseCatalog.builtIn().size());
        Element arbitration = html.selectFirst("#case-arbitration-mandatory");
        assertThat(arbitration.select("a[href=/cases/arbitration-mandatory]")).hasSize(2);
        long holders = reports.findAll().values().stream()
                .filter(r -> r.report().points().stream().anyMatch(p -> p.caseId().equals("arbitration-mandatory")))
                .count();
        assertThat(arbitration.text()).contains(holders + " services");

        Document show = pages.get("/cases/arbitration-mandatory").html();
        assertThat(show.select(".results > li")).hasSize((int) holders);
    }

    @Test
    void guideIsOurOwnPlainEnglishOfTheRightLength() {
        Document html = pages.get("/guides/how-to-read-terms-of-service").html();

        int words = html.select("main").text().split("\\s+").length;
        assertThat(words).isBetween(800, 1300);
        assertThat(html.select("main h2").eachText()).contains("Eight clauses that matter", "Red flags in the wording",
                "How to use Fineprint");
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

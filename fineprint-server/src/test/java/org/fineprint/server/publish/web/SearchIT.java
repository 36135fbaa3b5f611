package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fineprint.server.Pages;
import org.fineprint.server.SampleSiteTest;
import org.fineprint.server.analysis.AnalysisRun;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.registry.ServiceRepository;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /search} on the analysed samples: by name, domain, with typos, by tagline and by point text. */
@SampleSiteTest
class SearchIT {
    @LocalServerPort
    int port;
    @Autowired
    AnalysisRun analysisRun;
    @Autowired
    PublishedReports reports;
    @Autowired
    ServiceRepository services;

    Pages pages;

    @BeforeEach
    void analysed() {
        SampleSiteTest.Samples.analyse(analysisRun);
        pages = new Pages(port);
    }

    private Document search(String q) {
        Pages.Page page = pages.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private List<String> found(String q) {
        return search(q).select(".results > li h2 a").eachText();
    }

    @Test
    void findsAServiceByItsName() {
        assertThat(found("aliexpress")).first().isEqualTo("AliExpress");
        assertThat(found("AliExpress")).first().isEqualTo("AliExpress");
        assertThat(found("github")).first().isEqualTo("GitHub");
    }

    @Test
    void findsAServiceByItsDomainOrAnAddressOnIt() {
        assertThat(found("aliexpress.com")).first().isEqualTo("AliExpress");
        assertThat(found("https://www.aliexpress.com/item/100.html")).first().isEqualTo("AliExpress");
        assertThat(found("aliexpress.us")).first().isEqualTo("AliExpress");
    }

    @Test
    void forgivesTyposSpacesAndPrefixes() {
        assertThat(found("aliexpres")).first().isEqualTo("AliExpress");
        assertThat(found("Ali Express")).first().isEqualTo("AliExpress");
        assertThat(found("alixepress")).contains("AliExpress");
        assertThat(found("insta")).first().isEqualTo("Instagram");
    }

    @Test
    void findsServicesByTaglineWords() {
        assertThat(found("marketplace")).contains("AliExpress", "Temu");
    }

    @Test
    void findsServicesWhosePointsMatchAndShowsThosePoints() {
        long withArbitration = reports.findAll().values().stream().filter(r -> r.report().points().stream()
                .anyMatch(p -> p.caseId().startsWith("arbitration") || p.title().toLowerCase().contains("arbitration")))
                .count();
        Document html = search("arbitration");

        assertThat(html.select(".results > li")).hasSizeGreaterThanOrEqualTo((int) Math.min(withArbitration, 1));
        assertThat(html.select(".results .matched a").eachText()).anyMatch(t -> t.toLowerCase().contains("arbitration"));
        assertThat(html.select(".results .matched a").eachAttr("href"))
                .allMatch(h -> h.matches("/service/[a-z0-9-]+/document/[a-z-]+#point-\\d+"));
        assertThat(found("arbitraton")).as("typo in a point title").isNotEmpty();
    }

    @Test
    void saysSoWhenNothingMatchesAndHelpsWhenTheBoxIsEmpty() {
        assertThat(search("zzqqxxvvw").select("[role=status]").text()).startsWith("No service matches");
        Document empty = pages.get("/search").html();
        assertThat(empty.select(".results")).isEmpty();
        assertThat(empty.select("h1").text()).isEqualTo("Search");
        assertThat(empty.text()).contains("aliexpress.com");
    }

    @Test
    void theSearchTextIsEscaped() {
        Document html = search("<script>alert(1)</script>");
        assertThat(html.select("main script")).isEmpty();
        assertThat(html.select("h1").text()).contains("<script>alert(1)</script>");
    }
}

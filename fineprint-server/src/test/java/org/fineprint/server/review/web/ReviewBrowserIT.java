package org.fineprint.server.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.Browser;
import org.fineprint.server.TestNames;
import org.fineprint.server.WebTest;
import org.fineprint.server.analysis.AnalysisFixtures;
import org.fineprint.server.analysis.AnalysisRepository;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.analysis.Reanalysis;
import org.fineprint.server.analysis.Reanalyzer;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.review.AuditTrail;
import org.fineprint.server.review.CuratorAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review workflow in a real browser: a reader reports a problem from the public page and a
 * curator finds it in the queue after signing in; a curator dismisses a point, the public page
 * stops showing it, and a real re-analysis does not bring it back.
 */
@Browser.Test
@WebTest
class ReviewBrowserIT {
    private static final String PASSWORD = "lantern orbit velvet cactus";

    static Browser browser;

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
    AnalysisRepository analyses;
    @Autowired
    PublishedReports published;
    @Autowired
    CuratorAccounts accounts;

    private AnalysisFixtures fixtures;
    private Service service;
    private String curator;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void analysedServiceAndCurator() {
        browser.driver().manage().deleteAllCookies();
        fixtures = new AnalysisFixtures(services, documents, archiver);
        service = fixtures.serviceWithTermsAndPrivacy("web");
        assertThat(reanalyzer.reanalyze(service.id()).outcome()).isEqualTo(Reanalysis.Outcome.ANALYSED);
        curator = TestNames.unique("cur");
        accounts.create(curator, PASSWORD, AuditTrail.CLI);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Report publishedReport() {
        return published.findByServiceId(service.id()).orElseThrow().report();
    }

    private String pageText() {
        return browser.find("main").getText();
    }

    /** Fills in the sign-in form the browser is on and sends it. */
    private void signIn() {
        assertThat(browser.url()).endsWith("/admin/login");
        browser.find("#username").sendKeys(curator);
        browser.find("#password").sendKeys(PASSWORD);
        browser.find("form.form button[type=submit]").click();
    }

    @Test
    void aReportSentFromThePublicPageIsInTheQueueAfterSigningIn() {
        browser.open(url("/service/" + service.slug()));
        WebElement report = browser.find("a[href*='/service/" + service.slug() + "/report?point=']");
        String href = report.getAttribute("href");
        int position = Integer.parseInt(href.substring(href.indexOf("point=") + "point=".length()));
        Point point = publishedReport().points().get(position);
        report.click();

        browser.await(d -> d.getCurrentUrl().contains("/report?point="));
        assertThat(pageText()).contains(point.title());
        browser.find("input[name=kind][value=quote-mismatch]").click();
        browser.find("#message").sendKeys("The quoted passage is about something else entirely.");
        browser.find("#email").sendKeys("reader@example.org");
        browser.find("form.form button[type=submit]").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/report/thanks"));
        assertThat(browser.find("h1").getText()).isEqualTo("Thank you");

        browser.open(url("/admin/reports"));
        browser.await(d -> d.getCurrentUrl().endsWith("/admin/login"));
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        signIn();
        browser.await(d -> d.getCurrentUrl().contains("/admin/reports"));

        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).as("a new session id after signing in").isNotEqualTo(before.getValue());
        WebElement queued = browser.findAll("article.report").stream()
                .filter(a -> a.getText().contains("The quoted passage is about something else entirely."))
                .findFirst().orElseThrow();
        assertThat(queued.getText()).contains(service.name(), point.title(), "The quote does not say this",
                "reader@example.org");
    }

    @Test
    void aDismissedPointLeavesThePublicPageAndAReanalysisDoesNotBringItBack() {
        Point point = uniquelyTitledPoint(publishedReport());
        browser.open(url("/service/" + service.slug()));
        assertThat(pageText()).contains(point.title());

        browser.open(url("/admin/services/" + service.slug()));
        signIn();
        browser.await(d -> d.getCurrentUrl().contains("/admin/services/" + service.slug()));
        WebElement card = browser.find("li.correction[data-case='" + point.caseId() + "']");
        card.findElement(org.openqa.selenium.By.cssSelector("input[name=reason]"))
                .sendKeys("The quote does not say this.");
        card.findElement(org.openqa.selenium.By.cssSelector("button[value=dismiss]")).click();
        browser.await(d -> d.getPageSource().contains("the public page no longer shows it"));
        assertThat(browser.find("li.correction[data-case='" + point.caseId() + "']").getAttribute("class"))
                .contains("dismissed");

        browser.open(url("/service/" + service.slug()));
        assertThat(pageText()).doesNotContain(point.title());

        // A changed text, so that the service is really analysed again and finds the point again.
        String changed = AnalysisFixtures.text("terms.md") + "\n\n## 6. Contact\n\nWrite to us at any time.\n";
        fixtures.version(service, DocumentType.TERMS, changed, AnalysisFixtures.TUESDAY);
        Reanalysis again = reanalyzer.reanalyze(service.id());
        assertThat(again.outcome()).isEqualTo(Reanalysis.Outcome.ANALYSED);
        assertThat(analyses.findReport(again.analysis().id()).orElseThrow().points())
                .extracting(Point::caseId).contains(point.caseId());

        browser.open(url("/service/" + service.slug()));
        assertThat(pageText()).doesNotContain(point.title());
        assertThat(publishedReport().points()).extracting(Point::caseId).doesNotContain(point.caseId());
    }

    /** A point whose title no other point of the report shares, so the page text tells whether it is shown. */
    private static Point uniquelyTitledPoint(Report report) {
        List<Point> points = report.points();
        return points.stream()
                .filter(p -> points.stream().filter(q -> q.title().equals(p.title())).count() == 1)
                .skip(1)
                .findFirst().orElseThrow();
    }
}

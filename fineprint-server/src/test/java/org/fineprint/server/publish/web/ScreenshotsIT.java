package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.Browser;
import org.fineprint.server.SampleSiteTest;
import org.fineprint.server.analysis.AnalysisRun;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.registry.ServiceRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writes the README's screenshots (desktop 1280 px and phone 390 px wide) of the home, service,
 * document viewer and compare pages on the analysed samples. Runs only when asked, with the output
 * directory in {@code fineprint.screenshots}; see {@code docs/screenshots/README.md}.
 */
@Browser.Test
@SampleSiteTest
@EnabledIfSystemProperty(named = "fineprint.screenshots", matches = ".+")
class ScreenshotsIT {
    /** A page to photograph: file name stem, path, and the anchor to open it at. */
    record Shot(String name, String path) {
    }

    /** Stands for the anchor of AliExpress's most important point found in its terms. */
    static final String FIRST_TERMS_POINT = "first-terms-point";

    static final List<Shot> SHOTS = List.of(
            new Shot("home", "/"),
            new Shot("service-aliexpress", "/service/aliexpress"),
            new Shot("document-aliexpress-terms", "/service/aliexpress/document/terms#" + FIRST_TERMS_POINT),
            new Shot("compare-aliexpress-vs-amazon", "/compare/aliexpress-vs-amazon"));

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AnalysisRun analysisRun;
    @Autowired
    PublishedReports reports;
    @Autowired
    ServiceRepository services;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(1280, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void analysed() {
        SampleSiteTest.Samples.analyse(analysisRun);
    }

    @Test
    void photographsTheMainPagesAtDesktopAndPhoneWidths() {
        Path dir = Path.of(System.getProperty("fineprint.screenshots"));
        for (Shot shot : SHOTS) {
            take(shot, dir.resolve(shot.name() + "-desktop.png"), 1280, 1000);
            take(shot, dir.resolve(shot.name() + "-phone.png"), 390, 1200);
        }
        assertThat(dir.resolve("home-desktop.png")).exists();
    }

    private int firstTermsPoint() {
        PublishedReport aliexpress = reports.findByServiceId(services.findBySlug("aliexpress").orElseThrow().id())
                .orElseThrow();
        List<Point> points = aliexpress.report().points();
        for (int i = 0; i < points.size(); i++) {
            if (aliexpress.documentType(points.get(i)) == DocumentType.TERMS) {
                return i;
            }
        }
        throw new AssertionError("AliExpress has no point in its terms");
    }

    private void take(Shot shot, Path file, int width, int height) {
        browser.resize(width, height);
        browser.open("about:blank");
        String path = shot.path().replace(FIRST_TERMS_POINT, "point-" + firstTermsPoint());
        browser.open("http://localhost:" + port + path);
        if (path.contains("#")) {
            String id = path.substring(path.indexOf('#') + 1);
            browser.await(d -> browser.isInViewport(browser.find("#" + id)));
        }
        browser.screenshot(file);
        assertThat(Files.isRegularFile(file)).isTrue();
    }
}

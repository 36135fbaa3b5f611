package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fineprint.server.Browser;
import org.fineprint.server.SampleSiteTest;
import org.fineprint.server.analysis.AnalysisRun;
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

    static final List<Shot> SHOTS = List.of(
            new Shot("home", "/"),
            new Shot("service-aliexpress", "/service/aliexpress"),
            new Shot("document-aliexpress-terms", "/service/aliexpress/document/terms#point-1"),
            new Shot("compare-aliexpress-vs-amazon", "/compare/aliexpress-vs-amazon"));

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AnalysisRun analysisRun;

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

    private void take(Shot shot, Path file, int width, int height) {
        browser.resize(width, height);
        browser.open("about:blank");
        browser.open("http://localhost:" + port + shot.path());
        if (shot.path().contains("#")) {
            String id = shot.path().substring(shot.path().indexOf('#') + 1);
            browser.await(d -> browser.isInViewport(browser.find("#" + id)));
        }
        browser.screenshot(file);
        assertThat(Files.isRegularFile(file)).isTrue();
    }
}

package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.server.Browser;
import org.fineprint.server.SampleSiteTest;
import org.fineprint.server.analysis.AnalysisRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The acceptance paths in headless Chromium: search to a highlighted passage, and a comparison. */
@Browser.Test
@SampleSiteTest
class SiteBrowserIT {
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AnalysisRun analysisRun;

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
    void analysed() {
        SampleSiteTest.Samples.analyse(analysisRun);
        browser.resize(1280, 900);
    }

    @Test
    void searchAliexpressOpenItsPageAndSeeAPointHighlightedInTheDocument() {
        browser.open("http://localhost:" + port + "/");
        WebElement box = browser.find("#home-q");
        box.sendKeys("aliexpress");
        box.submit();
        browser.await(d -> d.getCurrentUrl().contains("/search?q=aliexpress"));
        browser.find(".results a[href='/service/aliexpress']").click();
        browser.await(d -> d.getCurrentUrl().endsWith("/service/aliexpress"));
        assertThat(browser.find("h1").getText()).isEqualTo("AliExpress");

        // A point further down the page, so that its passage is far into the document.
        List<WebElement> links = browser.findAll("li.point a.see");
        assertThat(links).hasSizeGreaterThan(3);
        WebElement link = links.get(2);
        String href = link.getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();

        browser.await(d -> d.getCurrentUrl().endsWith("#" + anchor));
        WebElement mark = browser.find("mark#" + anchor);
        assertThat(mark.getTagName()).isEqualTo("mark");
        browser.await(d -> browser.isInViewport(mark)); // smooth scrolling may take a moment
        assertThat(browser.isInViewport(mark)).isTrue();
        assertThat(mark.getAttribute("class")).contains("current");
        assertThat(((Number) browser.script("return window.scrollY;")).doubleValue()).isPositive();
    }

    @Test
    void compareTwoServicesFromThePickerShowsBothRatingsAndAlignedRows() {
        browser.open("http://localhost:" + port + "/service/temu");
        new Select(browser.find("#compare-b")).selectByVisibleText("Amazon");
        browser.find("form.compare-form button").click();

        browser.await(d -> d.getCurrentUrl().endsWith("/compare/amazon-vs-temu"));
        List<WebElement> heads = browser.findAll(".compare-heads .card");
        assertThat(heads).hasSize(2);
        for (WebElement head : heads) {
            assertThat(head.isDisplayed()).isTrue();
            assertThat(head.findElement(org.openqa.selenium.By.cssSelector(".stars")).isDisplayed()).isTrue();
            assertThat(browser.isInViewport(head)).isTrue();
        }
        assertThat(browser.findAll(".compare-table thead th")).extracting(WebElement::getText)
                .containsExactly("Clause", "Amazon", "Temu");
        // Every row has one cell per service, and the cells of a row start on the same line.
        List<WebElement> rows = browser.findAll(".compare-table tbody tr:not(.topic)");
        assertThat(rows).hasSizeGreaterThan(5);
        for (WebElement row : rows.subList(0, 6)) {
            List<WebElement> cells = row.findElements(org.openqa.selenium.By.cssSelector("th, td"));
            assertThat(cells).hasSize(3);
            int top = cells.getFirst().getRect().getY();
            assertThat(cells).allSatisfy(c -> assertThat(c.getRect().getY()).isEqualTo(top));
            assertThat(cells).allSatisfy(c -> assertThat(c.isDisplayed()).isTrue());
        }
        assertThat(browser.findAll(".compare-table .missing")).isNotEmpty();
    }

    @Test
    void everyPageFitsA360PixelWidePhoneWithoutSidewaysScrolling() {
        browser.resize(360, 740);
        for (String path : List.of("/", "/service/aliexpress", "/service/aliexpress/document/terms",
                "/compare/aliexpress-vs-amazon-vs-temu", "/search?q=arbitration", "/category/shopping", "/cases",
                "/methodology", "/guides/how-to-read-terms-of-service", "/service/no-such-service")) {
            browser.open("http://localhost:" + port + path);
            Number width = (Number) browser.script("return document.documentElement.scrollWidth;");
            Object wide = browser.script("""
                    return Array.from(document.querySelectorAll('body *'))
                        .filter(e => e.getBoundingClientRect().right > 360)
                        .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right);""");
            assertThat(width.intValue()).as(path + " is wider than the screen because of " + wide)
                    .isLessThanOrEqualTo(360);
        }
    }
}

package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.fineprint.server.Browser;
import org.fineprint.server.WebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The simplest browser test: the home page renders in Chromium and its skip link is the first stop of the keyboard. */
@Browser.Test
@WebTest
class HomePageBrowserIT {
    static Browser browser;

    @LocalServerPort
    int port;

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

    @Test
    void homePageShowsItsHeadingAndTheSkipLinkTakesTheFirstTab() {
        browser.open("http://localhost:" + port + "/");

        assertThat(browser.driver().getTitle()).startsWith("Fineprint");
        assertThat(browser.find("h1").isDisplayed()).isTrue();
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.getAttribute('href');")).isEqualTo("#content");
        assertThat(browser.find("a.skip").isDisplayed()).isTrue();
    }
}

package org.fineprint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainContentFinderTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private String auto(String html) {
        return extractor.extract(Fixtures.html(html), Fixtures.auto());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto-semantic", "auto-div-soup", "auto-cookie-policy"})
    void findsTheMainContentOfRealWorldShapedPages(String page) {
        String text = extractor.extract(Fixtures.snapshot("text/html", null, Fixtures.bytes(page + ".html")), Fixtures.auto());
        assertThat(text).isEqualTo(Fixtures.text(page + ".expected.txt"));
    }

    @Test
    void dropsNavigationBannersAndFootersButKeepsTheArticlesOwnHeaderAndFooter() {
        String text = auto("<header><nav><a href=/>Home</a></nav></header>"
                + "<div role=\"navigation\"><a href=/a>A</a></div>"
                + "<article><header><h1>Terms</h1></header><p>" + "Long enough terms text. ".repeat(10) + "</p>"
                + "<footer><p>Version 3</p></footer></article>"
                + "<aside><p>Related posts</p></aside><footer><p>© Acme</p></footer>");
        assertThat(text).startsWith("# Terms\n\nLong enough").endsWith("\n\nVersion 3");
    }

    @Test
    void dropsPageFootersAndHeadersBuiltFromDivs() {
        String text = auto("<div class=\"site-header\"><a href=/>Acme</a> <span>Call us 24/7 on 0800 123 456</span></div>"
                + "<div class=\"content\"><h1>Terms</h1><p>" + "These terms bind you. ".repeat(8) + "</p></div>"
                + "<div class=\"footer--container\"><p>Acme SA, 1 rue de Paris, Paris. Registered in France.</p>"
                + "<ul><li><a href=/legal>Legal</a></li></ul></div>");
        assertThat(text).startsWith("# Terms").doesNotContain("Call us").doesNotContain("Registered");
    }

    @Test
    void takesTheMainElementWhenItHoldsMostOfTheText() {
        String text = auto("<div class=\"promo\"><p>Try our new app today, it is great.</p></div>"
                + "<main><p>" + "Main text of the policy. ".repeat(20) + "</p></main>");
        assertThat(text).startsWith("Main text").doesNotContain("Try our new app");
    }

    @Test
    void keepsTheWholePageWhenNoElementHoldsMostOfTheText() {
        String text = auto("<div><p>" + "First half of the text. ".repeat(10) + "</p></div>"
                + "<div><p>" + "Second half of the text. ".repeat(10) + "</p></div>");
        assertThat(text).contains("First half").contains("Second half");
    }

    @Test
    void dropsConsentBannersDialogsSkipLinksBreadcrumbsAndShareWidgets() {
        String text = auto("<a href=\"#main\">Skip to content</a>"
                + "<div id=\"didomi-host\"><p>We and our partners use cookies.</p></div>"
                + "<div class=\"qc-cmp2-container\"><p>We value your privacy</p></div>"
                + "<div role=\"dialog\"><p>Sign up for our newsletter</p></div>"
                + "<ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li>Terms</li></ol>"
                + "<div class=\"social-share\"><a href=\"https://x.com/share\">Share</a></div>"
                + "<div id=\"main\"><h1>Terms</h1><p>" + "The terms apply to you. ".repeat(10) + "</p></div>");
        assertThat(text).startsWith("# Terms\n\nThe terms apply").doesNotContain("cookies").doesNotContain("privacy")
                .doesNotContain("newsletter").doesNotContain("Home").doesNotContain("Share").doesNotContain("Skip");
    }

    @Test
    void dropsANoticeNamedAfterCookiesEvenInsideMain() {
        String text = auto("<main><div role=\"region\" aria-labelledby=\"n-h\"><h2 id=\"n-h\">Cookie Notice</h2>"
                + "<p>We use cookies to make X better.</p></div>"
                + "<h1>DSA report</h1><p>" + "The report sets out our risk assessment. ".repeat(5) + "</p></main>");
        assertThat(text).startsWith("# DSA report").doesNotContain("Cookie");
    }

    @Test
    void keepsASectionAboutCookiesInACookiePolicy() {
        String text = auto("<main><h1>Cookie Policy</h1><section aria-labelledby=\"c\"><h2 id=\"c\">Cookies we use</h2>"
                + "<p>Session cookies keep you signed in.</p></section></main>");
        assertThat(text).contains("## Cookies we use\n\nSession cookies keep you signed in.");
    }

    @Test
    void dropsASiteMenuEvenWhenItHoldsMostOfTheText() {
        StringBuilder menu = new StringBuilder("<nav aria-label=\"Site\"><ul>");
        for (int i = 0; i < 60; i++) {
            menu.append("<li><a href=\"/docs/").append(i).append("\">Documentation page number ").append(i).append("</a></li>");
        }
        String text = auto(menu + "</ul></nav><div><h1>DMCA Policy</h1><p>We answer copyright claims.</p></div>");
        assertThat(text).isEqualTo("# DMCA Policy\n\nWe answer copyright claims.");
    }

    @Test
    void keepsTheTitleAboveTheMainElement() {
        String text = auto("<div class=\"hero\"><h1>Privacy Policy</h1></div>"
                + "<main><p>" + "We process data lawfully. ".repeat(10) + "</p></main>");
        assertThat(text).startsWith("# Privacy Policy\n\nWe process data lawfully.");
    }
}

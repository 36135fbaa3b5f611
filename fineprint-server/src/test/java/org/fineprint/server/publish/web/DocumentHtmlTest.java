package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.fineprint.server.publish.web.DocumentHtml.Highlight;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class DocumentHtmlTest {
    private static final URI BASE = URI.create("https://example.com/legal/terms");

    private static String render(String text, Highlight... highlights) {
        return DocumentHtml.render(text, List.of(highlights), BASE);
    }

    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    private static Highlight quote(String text, String passage, int point) {
        int start = text.indexOf(passage);
        return new Highlight(start, start + passage.length(), "q-" + point + "-1", "point-" + point, "negative");
    }

    @Test
    void rendersHeadingsParagraphsListsRulesQuotesAndTables() {
        String text = """
                # Terms of Use

                Welcome to **Example**.
                Second line.

                ## 1. Accounts

                - You need an account.
                - Keep it safe.

                1. First rule
                2. Second rule

                - - -

                > A quoted notice.

                | Data | Kept for |
                | --- | --- |
                | Email | 2 years |
                """;

        Element body = body(render(text));

        assertThat(body.select("h2").text()).isEqualTo("Terms of Use");
        assertThat(body.select("h3").text()).isEqualTo("1. Accounts");
        assertThat(body.select("p").first().html().replaceAll("\\s*<br>\\s*", "<br>"))
                .isEqualTo("Welcome to <strong>Example</strong>.<br>Second line.");
        assertThat(body.select("ul > li").eachText()).containsExactly("You need an account.", "Keep it safe.");
        assertThat(body.select("ol > li").eachAttr("value")).containsExactly("1", "2");
        assertThat(body.select("hr")).hasSize(1);
        assertThat(body.select("blockquote").text()).isEqualTo("A quoted notice.");
        assertThat(body.select("th").eachText()).containsExactly("Data", "Kept for");
        assertThat(body.select("td").eachText()).containsExactly("Email", "2 years");
    }

    @Test
    void markupInTheTextRendersInert() {
        String text = """
                # <script>alert('heading')</script>

                Hello <script>alert(1)</script> and <img src=x onerror="alert(2)"> and "quotes" & ampersands.

                [click me](javascript:alert(3)) [or me](JaVaScRiPt:alert(4)) [data](data:text/html,<b>x</b>) \
                [spaced]( javascript:alert(5)) [entity](&#106;avascript:alert(6)) [vb](vbscript:msgbox) \
                [proto](//evil.example/x) <a href="javascript:alert(7)">raw</a>
                """;

        String html = render(text, quote(text, "<img src=x onerror=\"alert(2)\">", 0));
        Element body = body(html);

        assertThat(body.select("script, img, iframe, object, embed")).isEmpty();
        for (Element e : body.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).doesNotStartWith("on");
            }
        }
        assertThat(body.select("a").eachAttr("href")).allMatch(href -> href.startsWith("https://example.com/"));
        assertThat(body.select("a").eachText()).containsExactly("entity"); // a harmless relative path
        assertThat(body.text()).contains("<script>alert(1)</script>", "<img src=x onerror=\"alert(2)\">",
                "click me", "or me", "<a href=\"javascript:alert(7)\">raw</a>");
        assertThat(html).doesNotContain("<script", "<img", "<a href=\"javascript");
        assertThat(body.select("mark#point-0").text()).isEqualTo("<img src=x onerror=\"alert(2)\">");
    }

    @Test
    void httpLinksBecomeLinksAndRelativeOnesResolveAgainstTheDocument() {
        String text = "See the [Privacy Policy](https://example.com/privacy \"title\") and [cookies](/legal/cookies).\n";

        Elements links = body(render(text)).select("a");

        assertThat(links.eachAttr("href")).containsExactly("https://example.com/privacy",
                "https://example.com/legal/cookies");
        assertThat(links.eachText()).containsExactly("Privacy Policy", "cookies");
        assertThat(links.first().attr("rel")).isEqualTo("nofollow noopener noreferrer");
    }

    @Test
    void marksAPassageAtItsExactOffsetsWithItsAnchor() {
        String text = "# Terms\n\nWe may close your account at any time. Other text.\n";

        Element body = body(render(text, quote(text, "close your account at any time", 3)));

        Element mark = body.selectFirst("mark#point-3");
        assertThat(mark).isNotNull();
        assertThat(mark.text()).isEqualTo("close your account at any time");
        assertThat(mark.classNames()).contains("hl", "q-3-1", "hl-negative");
        assertThat(body.select("p").text()).isEqualTo("We may close your account at any time. Other text.");
    }

    @Test
    void overlappingAndRepeatedPassagesKeepEveryAnchorAndValidNesting() {
        String text = "Alpha beta gamma delta epsilon.\n";
        Highlight a = quote(text, "beta gamma", 1);
        Highlight b = quote(text, "gamma delta", 2);
        Highlight repeat = new Highlight(a.start(), a.end(), "q-4-1", "point-4", "positive");

        String html = render(text, a, b, repeat);
        Element body = body(html);

        assertThat(body.select("#point-1, #point-2, #point-4")).hasSize(3);
        assertThat(body.select("#point-1").first().tagName()).isEqualTo("mark");
        assertThat(body.select("#point-4").first().tagName()).isEqualTo("mark");
        assertThat(body.select("mark.q-1-1").eachText()).containsExactly("beta", "gamma");
        assertThat(body.select("mark.q-2-1").eachText()).containsExactly("gamma", "delta");
        assertThat(body.select("mark.q-4-1").eachText()).containsExactly("beta", "gamma");
        assertThat(body.text()).isEqualTo("Alpha beta gamma delta epsilon.");
        assertThat(Jsoup.parseBodyFragment(html).body().html().replaceAll("\\s+", ""))
                .isEqualTo(html.replaceAll("\\s+", "").replace("\"", "\""));
    }

    @Test
    void aPassageOverSeveralBlocksAndThroughALinkIsMarkedInEachPiece() {
        String text = "First paragraph ends here.\n\n- item with [a link](https://example.com/x) inside\n";
        Highlight h = new Highlight(text.indexOf("ends"), text.indexOf("link") + 4, "q-0-1", "point-0", "neutral");

        Element body = body(render(text, h));

        assertThat(body.select("mark.q-0-1").eachText()).containsExactly("ends here.", "item with", "a link");
        assertThat(body.select("mark#point-0").text()).isEqualTo("ends here.");
        assertThat(body.select("a > mark").text()).isEqualTo("a link");
    }

    @Test
    void backslashEscapesShowTheirCharacter() {
        assertThat(body(render("Section 1\\. and \\[note\\]\n")).text()).isEqualTo("Section 1. and [note]");
    }

    @Test
    void passagesBeyondTheTextAreCutOrIgnored() {
        String text = "Short text.\n";

        Element body = body(render(text, new Highlight(6, 500, "q-0-1", "point-0", "negative"),
                new Highlight(400, 500, "q-1-1", "point-1", "negative")));

        assertThat(body.select("mark#point-0").text()).isEqualTo("text.");
        assertThat(body.select("#point-1")).isEmpty();
    }
}

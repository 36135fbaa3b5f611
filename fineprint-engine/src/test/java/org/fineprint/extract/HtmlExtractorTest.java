package org.fineprint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fineprint.extract.Fixtures.html;
import static org.fineprint.extract.Fixtures.select;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.DeclarationReader;
import org.fineprint.registry.Selector;
import org.fineprint.registry.SourceDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private String extract(String html, SourceDocument source) {
        return extractor.extract(html(html), source);
    }

    @Test
    void writesHeadingsListsTablesAndLinksAsOpenTermsArchiveStyleMarkdown() {
        SourceDocument source = DeclarationReader.readTerms(Fixtures.text("structure.declaration.json"), "fixture").primary();
        String text = extractor.extract(Fixtures.snapshot("text/html", null, Fixtures.bytes("structure.html")), source);
        assertThat(text).isEqualTo(Fixtures.text("structure.expected.txt"));
    }

    @Nested
    class Markdown {
        @Test
        void writesAtxHeadingsOnOneLine() {
            assertThat(extract("<h1>Terms<br>of Service</h1><h3> Scope </h3>", select("body")))
                    .isEqualTo("# Terms of Service\n\n### Scope");
        }

        @Test
        void numbersOrderedListsFromTheirStartAndIndentsNestedLists() {
            String text = extract("<ol start=\"4\"><li>Four<ol><li>Inner</li></ol></li><li>Five</li></ol>", select("ol"));
            assertThat(text).isEqualTo("4. Four\n   1. Inner\n5. Five");
        }

        @Test
        void numbersItemsWithLettersOrRomanNumeralsAsTheListAsks() {
            assertThat(extract("<ol type=\"a\"><li>first</li><li>second</li></ol>"
                    + "<ol style=\"list-style-type: upper-roman\" start=\"3\"><li>third</li><li>fourth</li></ol>", select("body")))
                    .isEqualTo("a. first\nb. second\n\nIII. third\nIV. fourth");
        }

        @Test
        void keepsTheItemsOwnNumberInsteadOfAddingAnother() {
            assertThat(extract("<ol><li>1.1 Scope</li><li>(b) Other</li></ol>", select("ol")))
                    .isEqualTo("1.1 Scope\n(b) Other");
        }

        @Test
        void separatesAdjacentListsAndParagraphsByABlankLine() {
            assertThat(extract("<p>Intro:</p><ul><li>a</li></ul><ul><li>b</li></ul><p>End</p>", select("body")))
                    .isEqualTo("Intro:\n\n* a\n\n* b\n\nEnd");
        }

        @Test
        void writesTableRowsAsTextRowsAndLayoutTablesAsText() {
            String data = "<table><tr><th>Data</th><th>Use</th></tr><tr><td>Email</td><td><p>Login</p><p>News</p></td></tr></table>";
            assertThat(extract(data, select("table"))).isEqualTo("| Data | Use |\n| Email | Login News |");
            String layout = "<table><tr><td><h2>Terms</h2><p>Body text.</p></td></tr></table>";
            assertThat(extract(layout, select("table"))).isEqualTo("## Terms\n\nBody text.");
        }

        @Test
        void dropsEmphasisImagesAndEmptyLinksWithoutGluingWords() {
            String text = extract("<p>You <strong>must</strong> <em>not</em><a href=\"/x\"><img src=a.png></a> misuse"
                    + "<b> the</b> Services.</p>", select("p"));
            assertThat(text).isEqualTo("You must not misuse the Services.");
        }

        @Test
        void putsSpacesAtTheEdgesOfLinkTextOutsideTheLink() {
            assertThat(extract("<p>see<a href=\"/a\"> here&nbsp;</a>for more</p>", select("p")))
                    .isEqualTo("see [here](https://example.com/a) for more");
        }

        @Test
        void keepsCustomElementsApartFromTheirNeighbours() {
            assertThat(extract("<p>Our<x-link href=\"/r\">review</x-link>for 2024</p>", select("p")))
                    .isEqualTo("Our review for 2024");
        }

        @Test
        void keepsLineBreaksAndPreformattedIndentation() {
            assertThat(extract("<p>Acme Inc.<br> 1 Main St</p><pre>  a\n    b</pre>", select("body")))
                    .isEqualTo("Acme Inc.\n1 Main St\n\n  a\n    b");
        }
    }

    @Nested
    class LinkTargets {
        @Test
        void makesRelativeLinksAbsoluteAgainstTheFinalUrlOrBaseElement() {
            assertThat(extract("<p><a href=\"../privacy\">Privacy</a></p>", select("p")))
                    .isEqualTo("[Privacy](https://example.com/privacy)");
            assertThat(extract("<head><base href=\"https://cdn.example.org/docs/\"></head><p><a href=\"faq\">FAQ</a></p>", select("p")))
                    .isEqualTo("[FAQ](https://cdn.example.org/docs/faq)");
        }

        @Test
        void dropsTrackingParametersFromLinks() {
            String text = extract("<p><a href=\"https://shop.example/item?id=7&utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&msclkid=3"
                    + "&mc_cid=4&mc_eid=5&_ga=6&_gl=7&igshid=8&yclid=9&ref_src=10&dclid=11#top\">item</a></p>", select("p"));
            assertThat(text).isEqualTo("[item](https://shop.example/item?id=7#top)");
        }

        @Test
        void dropsLinksWithinThePageAndScriptLinksButKeepsTheirText() {
            String text = extract("<p><a href=\"#s2\">Section 2</a>, <a href=\"https://example.com/legal/terms#s3\">3</a>"
                    + " and <a href=\"javascript:print()\">print</a></p>", select("p"));
            assertThat(text).isEqualTo("Section 2, 3 and print");
        }

        @Test
        void decodesCloudflareProtectedEmailAddresses() {
            // "help@example.com" XOR-ed with the key 0x42, as Cloudflare writes it.
            String hex = "42" + xor("help@example.com", 0x42);
            String text = extract("<p>Write to <a href=\"/cdn-cgi/l/email-protection\" class=\"__cf_email__\" data-cfemail=\"" + hex
                    + "\">[email&#160;protected]</a> or <a href=\"/cdn-cgi/l/email-protection#" + hex + "\">email us</a>.</p>", select("p"));
            assertThat(text).isEqualTo("Write to help@example.com or [email us](mailto:help@example.com).");
        }

        private static String xor(String s, int key) {
            StringBuilder hex = new StringBuilder();
            for (char c : s.toCharArray()) {
                hex.append(String.format("%02x", c ^ key));
            }
            return hex.toString();
        }

        @Test
        void keepsRelativeLinksAsWrittenWhenThePageHasNoWebAddress() {
            URI file = URI.create("file:///tmp/terms.html");
            Snapshot local = new Snapshot(file, file, 200, "text/html", null,
                    "<p><a href=\"privacy.html?utm_source=a\">Privacy</a></p>".getBytes(StandardCharsets.UTF_8), Instant.EPOCH, "file");
            assertThat(extractor.extract(local, SourceDocument.of(file))).isEqualTo("[Privacy](privacy.html)");
        }
    }

    @Nested
    class Noise {
        @Test
        void dropsScriptsStylesEmbedsAndFormControls() {
            String text = extract("<div><script>var a=1</script><style>p{}</style><noscript>Enable JS</noscript>"
                    + "<template><p>tpl</p></template><svg><text>logo</text></svg><iframe src=x></iframe>"
                    + "<object>obj</object><p>Text</p><button>Accept</button><input value=v>"
                    + "<select><option>French</option></select><textarea>t</textarea></div>", select("div"));
            assertThat(text).isEqualTo("Text");
        }

        @Test
        void dropsHiddenElements() {
            String text = extract("<div><p hidden>a</p><p aria-hidden=\"true\">b</p><p style=\"color:red; display: none\">c</p>"
                    + "<p style=\"visibility:hidden\">d</p><p>shown to every reader</p><p hidden=\"until-found\">found</p></div>",
                    select("div"));
            assertThat(text).isEqualTo("shown to every reader\n\nfound");
        }

        @Test
        void keepsCollapsedSectionsThatHoldMostOfTheText() {
            String text = extract("<div><h3>1. Data</h3><div style=\"display:none\"><p>We collect your email address.</p>"
                    + "<script>x()</script></div><h3>2. Rights</h3><div hidden><p>You may ask us to delete it.</p></div></div>",
                    select("div"));
            assertThat(text).isEqualTo("### 1. Data\n\nWe collect your email address.\n\n### 2. Rights\n\nYou may ask us to delete it.");
        }

        @Test
        void keepsAHiddenElementThatTheDeclarationSelects() {
            assertThat(extract("<div id=\"terms\" hidden><p>Terms</p></div>", select("#terms"))).isEqualTo("Terms");
        }

        @Test
        void keepsAccordionTitlesWrittenAsButtons() {
            String text = extract("<section><h3><button aria-expanded=\"false\">1. Scope</button></h3><p>Body</p></section>", select("section"));
            assertThat(text).isEqualTo("### 1. Scope\n\nBody");
        }
    }

    @Nested
    class Selectors {
        @Test
        void concatenatesMatchesOfSeveralSelectorsInDocumentOrderAndEachOnce() {
            String html = "<div class=\"a\"><p>one</p><div class=\"b\"><p>two</p></div></div><p class=\"c\">three</p><p class=\"b\">four</p>";
            assertThat(extract(html, select(".c", ".b", ".a"))).isEqualTo("one\n\ntwo\n\nthree\n\nfour");
        }

        @Test
        void appliesRemoveBeforeSelect() {
            String html = "<main><p class=\"ad\">Buy now</p><p>Terms</p></main>";
            assertThat(extract(html, Fixtures.rules(List.of(new Selector.Css("main")), List.of(new Selector.Css(".ad")))))
                    .isEqualTo("Terms");
        }

        @Test
        void failsNamingTheSelectorAndUrlWhenSelectMatchesNothing() {
            assertThatThrownBy(() -> extract("<main><p>Terms</p></main>", select("main .terms")))
                    .isInstanceOfSatisfying(ExtractException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ExtractException.Reason.SELECTOR_MATCHED_NOTHING);
                        assertThat(e.selector()).isEqualTo("main .terms");
                        assertThat(e.getMessage()).isEqualTo("Extract failed: selector \"main .terms\" matched nothing; "
                                + "check the declaration's select, or whether remove took it first (https://example.com/legal/terms)");
                    });
        }

        @Test
        void failsWhenRemoveTookWhatSelectWanted() {
            SourceDocument rules = Fixtures.rules(List.of(new Selector.Css(".terms")), List.of(new Selector.Css("main")));
            assertThatThrownBy(() -> extract("<main><div class=\"terms\">x</div></main>", rules))
                    .isInstanceOfSatisfying(ExtractException.class,
                            e -> assertThat(e.reason()).isEqualTo(ExtractException.Reason.SELECTOR_MATCHED_NOTHING));
        }

        @ParameterizedTest
        @ValueSource(strings = {"main >> p", "div[", "p:nonsense(1)"})
        void rejectsInvalidCssSelectors(String css) {
            assertThatThrownBy(() -> extract("<main><p>x</p></main>", select(css)))
                    .isInstanceOfSatisfying(ExtractException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ExtractException.Reason.INVALID_SELECTOR);
                        assertThat(e.selector()).isEqualTo(css);
                        assertThat(e.getMessage()).contains("\"" + css + "\"").doesNotContain("\n");
                    });
        }
    }

    @Nested
    class RangeSelectors {
        private static final String PAGE = "<body><header><p>Menu</p></header>"
                + "<section id=\"s1\"><h2 id=\"h1\">Intro</h2><p>Welcome.</p></section>"
                + "<section id=\"s2\"><h2 id=\"h2\">Terms</h2><p id=\"p2\">Be nice.</p><p id=\"p3\">Pay.</p></section>"
                + "<footer id=\"foot\"><p>Footer</p></footer></body>";

        private String range(String startBefore, String startAfter, String endBefore, String endAfter) {
            return extract(PAGE, Fixtures.rules(List.of(new Selector.Range(startBefore, startAfter, endBefore, endAfter)), List.of()));
        }

        @Test
        void selectsFromBeforeTheStartToBeforeTheEnd() {
            assertThat(range("#s1", null, "#foot", null)).isEqualTo("## Intro\n\nWelcome.\n\n## Terms\n\nBe nice.\n\nPay.");
        }

        @Test
        void selectsFromAfterTheStartToAfterTheEnd() {
            assertThat(range(null, "header", null, "#p2")).isEqualTo("## Intro\n\nWelcome.\n\n## Terms\n\nBe nice.");
        }

        @Test
        void keepsPartlyIncludedAncestorsAroundTheIncludedContent() {
            // Starts inside section 1 and ends inside section 2: both sections are cut.
            assertThat(range(null, "#h1", "#p3", null)).isEqualTo("Welcome.\n\n## Terms\n\nBe nice.");
        }

        @Test
        void runsToTheEndOfTheDocumentWithoutAnEnd() {
            assertThat(range("#h2", null, null, null)).isEqualTo("## Terms\n\nBe nice.\n\nPay.\n\nFooter");
        }

        @Test
        void matchesNothingWhenTheStartIsMissingOrTheEndComesFirst() {
            assertThatThrownBy(() -> range("#missing", null, "#foot", null)).isInstanceOf(ExtractException.class);
            assertThatThrownBy(() -> range("#foot", null, "#s1", null))
                    .isInstanceOfSatisfying(ExtractException.class, e -> assertThat(e.getMessage()).contains("startBefore: #foot"));
        }

        @Test
        void removesTheContentOfARange() {
            SourceDocument rules = Fixtures.rules(List.of(new Selector.Css("body")),
                    List.of(new Selector.Range(null, "#h1", "#p3", null)));
            assertThat(extract(PAGE, rules)).isEqualTo("Menu\n\n## Intro\n\nPay.\n\nFooter");
        }

        @Test
        void keepsARangeInsideACssMatchOnce() {
            SourceDocument rules = Fixtures.rules(List.of(new Selector.Range(null, "#h2", "#p3", null), new Selector.Css("#s2")), List.of());
            assertThat(extract(PAGE, rules)).isEqualTo("## Terms\n\nBe nice.\n\nPay.");
        }

        @Test
        void keepsACssMatchInsideARangeOnce() {
            SourceDocument rules = Fixtures.rules(List.of(new Selector.Css("#p2"), new Selector.Range("#s2", null, "#foot", null)), List.of());
            assertThat(extract(PAGE, rules)).isEqualTo("## Terms\n\nBe nice.\n\nPay.");
        }
    }

    @Nested
    class Charsets {
        @Test
        void usesTheDeclaredCharsetFirst() {
            byte[] latin = "<p>Résumé – “quoted”</p>".getBytes(Charset.forName("windows-1252"));
            assertThat(extractor.extract(Fixtures.snapshot("text/html", "windows-1252", latin), select("p")))
                    .isEqualTo("Résumé – “quoted”");
        }

        @Test
        void readsTheMetaCharsetWhenNoneIsDeclared() {
            String html = "<meta charset=\"iso-8859-1\"><p>Données personnelles</p>";
            assertThat(extractor.extract(Fixtures.snapshot("text/html", null, html.getBytes(StandardCharsets.ISO_8859_1)), select("p")))
                    .isEqualTo("Données personnelles");
        }

        @Test
        void defaultsToUtf8AndKeepsEmoji() {
            assertThat(extract("<p>Voilà 👍</p>", select("p"))).isEqualTo("Voilà 👍");
        }

        @Test
        void rejectsBinaryContentServedAsHtml() {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
            assertThatThrownBy(() -> extractor.extract(Fixtures.snapshot("text/html", null, png), select("p")))
                    .isInstanceOfSatisfying(ExtractException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ExtractException.Reason.UNSUPPORTED_FORMAT);
                        assertThat(e.getMessage()).contains("PNG image, not HTML");
                    });
        }

        @Test
        void readsBrokenHtmlAsBestItCan() {
            String broken = "<html><body><div><p>First <b>bold <i>both</b> italic?</p><li>stray item<table><td>cell</div>"
                    + "<p>Last paragraph";
            assertThat(extractor.extract(html(broken), Fixtures.auto()))
                    .contains("First bold both italic?").contains("stray item").contains("cell").contains("Last paragraph");
        }
    }
}

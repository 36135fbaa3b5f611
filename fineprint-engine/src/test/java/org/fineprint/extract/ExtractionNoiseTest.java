package org.fineprint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.archive.ChangeKey;
import org.fineprint.registry.Declaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end, HTML to text to change key: noise between two fetches of the same terms must not
 * look like a new version, and a real change must.
 */
class ExtractionNoiseTest {
    private static final String ORIGINAL = """
            <html><body>
            <nav class="top"><a href="/">Home</a></nav>
            <main class="content">
              <h1 class="title">Terms of Service</h1>
              <p class="stamp">Last updated: March 3, 2025</p>
              <p class="lead" id="intro">By using the Services you agree to these Terms.
                 See our <a href="https://example.com/privacy" class="link">Privacy Policy</a>.</p>
              <ul class="rules"><li>Be nice.</li><li>Do not resell the Services.</li></ul>
            </main>
            </body></html>""";

    private final DefaultExtractor extractor = new DefaultExtractor();

    private ChangeKey key(String html) {
        return ChangeKey.of(extractor.extract(Declaration.of(Fixtures.auto()), List.of(Fixtures.html(html))));
    }

    static List<Arguments> noise() {
        return List.of(
                Arguments.of("whitespace changes", ORIGINAL
                        .replace("<li>Be nice.</li>", "<li>\n    Be   nice.\n  </li>")
                        .replace("you agree to", "you\tagree  to")),
                Arguments.of("nbsp instead of space", ORIGINAL
                        .replace("By using the Services", "By&nbsp;using the&#160;Services")),
                Arguments.of("zero-width characters", ORIGINAL
                        .replace("Terms of Service", "Terms\u200B of\u200D Service\uFEFF")
                        .replace("Be nice.", "Be\u2060 ni\u00ADce.")),
                Arguments.of("tracking parameters on links", ORIGINAL
                        .replace("https://example.com/privacy", "https://example.com/privacy?utm_source=mail&utm_campaign=x&fbclid=abc")),
                Arguments.of("attributes reordered and classes renamed", ORIGINAL
                        .replace("<p class=\"lead\" id=\"intro\">", "<p id=\"intro\" class=\"lead-v2 css-1x9z\" data-testid=\"p\">")
                        .replace("<a href=\"https://example.com/privacy\" class=\"link\">", "<a class=\"Link_a8f\" href=\"https://example.com/privacy\">")
                        .replace("class=\"rules\"", "class=\"list_3kd9 rules\"")),
                Arguments.of("a new last-updated date alone", ORIGINAL
                        .replace("Last updated: March 3, 2025", "Last updated: April 14, 2025")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noise")
    void pureNoiseKeepsTheChangeKey(String kind, String html) {
        assertThat(key(html)).isEqualTo(key(ORIGINAL));
    }

    @Test
    void aRealWordingChangeChangesTheKey() {
        assertThat(key(ORIGINAL.replace("Do not resell the Services.", "Do not resell or rent the Services.")))
                .isNotEqualTo(key(ORIGINAL));
    }

    @Test
    void aNewLinkTargetChangesTheKey() {
        assertThat(key(ORIGINAL.replace("https://example.com/privacy", "https://example.com/privacy-2025")))
                .isNotEqualTo(key(ORIGINAL));
    }

    @Test
    void theStoredTextKeepsTheDateThatTheKeyIgnores() {
        String text = extractor.extract(Declaration.of(Fixtures.auto()), List.of(Fixtures.html(ORIGINAL)));
        assertThat(text).contains("Last updated: March 3, 2025");
    }
}

package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTest {

    @Test
    void dropsMarkdownFromQuotesAndTitles() {
        assertThat(Plain.text("**AliExpress.com Privacy Policy**")).isEqualTo("AliExpress.com Privacy Policy");
        assertThat(Plain.text("See the [Terms of Use](https://x.example/terms) and\n\n## 2\\. Data"))
                .isEqualTo("See the Terms of Use and 2. Data");
    }

    @Test
    void shortensAtAWordBoundary() {
        assertThat(Plain.shorten("one two three four", 9)).isEqualTo("one two\u2026");
        assertThat(Plain.shorten("short", 9)).isEqualTo("short");
    }
}

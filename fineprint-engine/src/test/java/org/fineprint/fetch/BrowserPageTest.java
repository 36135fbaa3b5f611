package org.fineprint.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserPageTest {
    @Test
    void parsesUrlsWithCharactersBrowsersLeaveUnescaped() {
        assertThat(BrowserPage.parseUrl("https://cdn.example/font.css?family=Roboto|Lato&x={1}").getHost())
                .isEqualTo("cdn.example");
        assertThat(BrowserPage.parseUrl("https://example.com/a b").getRawPath()).isEqualTo("/a%20b");
        assertThat(BrowserPage.parseUrl("https://example.com/caf\u00e9").getRawPath()).isEqualTo("/caf%C3%A9");
    }

    @Test
    void leavesCanonicalUrlsAlone() {
        String url = "https://example.com/terms?lang=en%20GB#top";

        assertThat(BrowserPage.parseUrl(url).toString()).isEqualTo(url);
    }
}

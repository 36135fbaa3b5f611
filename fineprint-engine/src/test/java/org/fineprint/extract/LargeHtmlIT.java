package org.fineprint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fineprint.registry.Declaration;
import org.junit.jupiter.api.Test;

/** A 50 MB page extracts within the test JVM's 2 GB heap; a bigger one than the limit is refused cleanly. */
class LargeHtmlIT {
    private static final int FIFTY_MB = 50_000_000;

    private static byte[] page(int bytes) {
        StringBuilder s = new StringBuilder(bytes + 1024);
        s.append("<!doctype html><html><body><nav><a href=/>Home</a></nav><main><h1>Terms</h1>");
        int i = 0;
        while (s.length() < bytes) {
            i++;
            s.append("<h2>").append(i).append(". Section</h2><p>We may update these terms; see <a href=\"/p/").append(i)
                    .append("?utm_source=x\">the policy</a>.</p><ul><li>One</li><li>Two</li></ul>\n");
        }
        s.append("</main></body></html>");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void extractsAFiftyMegabytePage() {
        byte[] html = page(FIFTY_MB);
        String text = new DefaultExtractor().extract(Declaration.of(Fixtures.auto()),
                List.of(Fixtures.snapshot("text/html", null, html)));
        assertThat(text).startsWith("# Terms\n\n## 1. Section\n\nWe may update these terms; see [the policy](https://example.com/p/1).")
                .doesNotContain("utm_source").doesNotContain("Home");
    }

    @Test
    void refusesAPageAboveTheLimitWithoutParsingIt() {
        byte[] html = page(DefaultExtractor.MAX_MARKUP_BYTES + 1000);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ExtractException.class,
                () -> new DefaultExtractor().extract(Fixtures.auto(), Fixtures.snapshot("text/html", null, html))).reason())
                .isEqualTo(ExtractException.Reason.TOO_LARGE);
    }
}

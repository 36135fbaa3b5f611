package org.fineprint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.DeclarationReader;
import org.fineprint.registry.SourceDocument;
import org.junit.jupiter.api.Test;

class DefaultExtractorTest {
    private final DefaultExtractor extractor = new DefaultExtractor();

    private static Snapshot at(String url, String mediaType, String content) {
        URI u = URI.create(url);
        return new Snapshot(u, u, 200, mediaType, null, content.getBytes(StandardCharsets.UTF_8), Instant.EPOCH, "http");
    }

    @Test
    void picksTheExtractorByMediaType() {
        Declaration any = Declaration.of(Fixtures.auto());
        assertThat(extractor.extract(any, List.of(Fixtures.html("<p>Hello <b>there</b></p>")))).isEqualTo("Hello there");
        assertThat(extractor.extract(any, List.of(Fixtures.snapshot("text/markdown", null, "# Hello  **there**".getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo("# Hello **there**");
        assertThat(extractor.extract(any, List.of(Fixtures.snapshot("application/xhtml+xml", null,
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>X</p></body></html>".getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo("X");
    }

    @Test
    void refusesOtherMediaTypes() {
        assertThatThrownBy(() -> extractor.extract(Declaration.of(Fixtures.auto()),
                List.of(Fixtures.snapshot("application/msword", null, new byte[] {1, 2, 3}))))
                .isInstanceOfSatisfying(ExtractException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExtractException.Reason.UNSUPPORTED_FORMAT);
                    assertThat(e.getMessage()).contains("application/msword");
                });
    }

    @Test
    void joinsCombinedPagesInOrderWithABlankLine() {
        Declaration combined = DeclarationReader.readTerms("""
                {"combine": [{"fetch": "https://a.example/one", "select": "#one"},
                             {"fetch": "https://b.example/two", "select": "#two", "remove": ".ad"}]}""", "test");
        String text = extractor.extract(combined, List.of(
                at("https://a.example/one", "text/html", "<div id=one><h1>Part one</h1></div><p>not this</p>"),
                at("https://b.example/two", "text/html", "<div id=two><p class=ad>Buy</p><p>Part <a href=x>two</a></p></div>")));
        assertThat(text).isEqualTo("# Part one\n\nPart [two](https://b.example/x)");
    }

    @Test
    void refusesADocumentWithoutText() {
        assertThatThrownBy(() -> extractor.extract(Declaration.of(Fixtures.auto()),
                List.of(Fixtures.html("<div id=root></div><script>render()</script>"))))
                .isInstanceOfSatisfying(ExtractException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExtractException.Reason.NO_TEXT);
                    assertThat(e.getMessage()).isEqualTo("Extract failed: the page has no text; it may need "
                            + "executeClientScripts (https://example.com/legal/terms)");
                });
    }

    @Test
    void refusesSnapshotsAboveTheSizeLimit() {
        DefaultExtractor small = new DefaultExtractor(1024, 2048);
        assertThatThrownBy(() -> small.extract(Fixtures.auto(), Fixtures.html("<p>" + "x".repeat(2000) + "</p>")))
                .isInstanceOfSatisfying(ExtractException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExtractException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("MiB");
                });
    }

    @Test
    void readsAPdfServedWithAnotherMediaType() {
        byte[] pdf = PdfFixtures.document(List.of(List.of(PdfFixtures.body("A PDF served as HTML."))));
        assertThat(extractor.extract(Fixtures.auto(), Fixtures.snapshot("text/html", null, pdf))).isEqualTo("A PDF served as HTML.");
    }

    @Test
    void needsOneSnapshotPerSource() {
        Declaration two = new Declaration(List.of(Fixtures.auto(), SourceDocument.of(URI.create("https://example.com/b"))));
        assertThatThrownBy(() -> extractor.extract(two, List.of(Fixtures.html("<p>x</p>"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

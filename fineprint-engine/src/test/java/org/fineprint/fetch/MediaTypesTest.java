package org.fineprint.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.fineprint.fetch.FetchException.Reason;
import org.junit.jupiter.api.Test;

class MediaTypesTest {
    private static final URI URL = URI.create("https://example.com/terms");

    @Test
    void parsesTypeAndQuotedCharset() {
        assertThat(MediaTypes.parse("Text/HTML; Charset=\"UTF-8\"; foo=bar"))
                .isEqualTo(new MediaTypes.ContentType("text/html", "UTF-8"));
        assertThat(MediaTypes.parse("application/pdf")).isEqualTo(new MediaTypes.ContentType("application/pdf", null));
        assertThat(MediaTypes.parse("")).isNull();
        assertThat(MediaTypes.parse("nonsense")).isNull();
    }

    @Test
    void trustsTheBytesOfAPdfWhateverWasDeclared() {
        byte[] pdf = Fixtures.bytes("minimal.pdf");

        assertThat(MediaTypes.resolve(URL, new MediaTypes.ContentType("text/html", null), pdf)).isEqualTo("application/pdf");
        assertThat(MediaTypes.resolve(URL, null, pdf)).isEqualTo("application/pdf");
    }

    @Test
    void recognisesAnHtmlPageBehindAPdfLink() {
        byte[] html = "<!DOCTYPE html><html><body>Please log in</body></html>".getBytes(UTF_8);

        assertThat(MediaTypes.resolve(URL, new MediaTypes.ContentType("application/pdf", null), html)).isEqualTo("text/html");
    }

    @Test
    void refusesAPdfThatIsNotOne() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> MediaTypes.resolve(URL,
                new MediaTypes.ContentType("application/pdf", null), "just words".getBytes(UTF_8)));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void keepsADeclaredTextTypeForText() {
        byte[] md = "# Terms\n\nYou agree.".getBytes(UTF_8);

        assertThat(MediaTypes.resolve(URL, new MediaTypes.ContentType("text/markdown", null), md)).isEqualTo("text/markdown");
        assertThat(MediaTypes.resolve(URL, null, md)).isEqualTo("text/plain");
    }

    @Test
    void doesNotMistakeUtf16TextForBinary() {
        byte[] utf16 = "<html>hi</html>".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        assertThat(MediaTypes.resolve(URL, new MediaTypes.ContentType("text/html", "utf-16le"), utf16)).isEqualTo("text/html");
    }

    @Test
    void refusesBinaryContentDeclaredAsText() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> MediaTypes.resolve(URL,
                new MediaTypes.ContentType("text/html", null), Fixtures.bytes("pixel.png")));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(e.getMessage()).contains("binary content (declared text/html)");
    }

    @Test
    void sniffsHtmlAfterAByteOrderMarkAndComments() {
        byte[] html = ("\uFEFF<!-- generated --><html lang=en><body>x</body></html>").getBytes(UTF_8);

        assertThat(MediaTypes.sniff(html)).isEqualTo("text/html");
        assertThat(MediaTypes.sniff("Terms mention %PDF- files".getBytes(UTF_8))).isNull();
    }
}

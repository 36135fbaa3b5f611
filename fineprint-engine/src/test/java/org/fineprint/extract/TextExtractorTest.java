package org.fineprint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    private final TextExtractor extractor = new TextExtractor();

    private String extract(byte[] content, String charset) {
        return extractor.extract(Fixtures.snapshot("text/plain", charset, content));
    }

    @Test
    void keepsMarkdownAsWrittenAndOnlyNormalisesIt() {
        String md = "Terms\n=====\n\n*   **Bold** item\u00A0one  \r\n\n\n1\\. Escaped";
        assertThat(extract(md.getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo("Terms\n=====\n\n* **Bold** item one\n\n1\\. Escaped");
    }

    @Test
    void followsAByteOrderMarkOverTheDeclaredCharset() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Durée".getBytes(StandardCharsets.UTF_8));
        assertThat(extract(utf8, "iso-8859-1")).isEqualTo("Durée");
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Durée".getBytes(StandardCharsets.UTF_16LE));
        assertThat(extract(utf16, null)).isEqualTo("Durée");
    }

    @Test
    void usesTheDeclaredCharsetElseUtf8ElseWindows1252() {
        byte[] latin = "Données – “x”".getBytes(Charset.forName("windows-1252"));
        assertThat(extract(latin, "windows-1252")).isEqualTo("Données – “x”");
        assertThat(extract(latin, null)).isEqualTo("Données – “x”");
        assertThat(extract("Données".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("Données");
        assertThat(extract("Données".getBytes(StandardCharsets.UTF_8), "no-such-charset")).isEqualTo("Données");
    }

    @Test
    void rejectsBinaryData() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThatThrownBy(() -> extract(zip, null)).isInstanceOfSatisfying(ExtractException.class,
                e -> assertThat(e.reason()).isEqualTo(ExtractException.Reason.UNSUPPORTED_FORMAT));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

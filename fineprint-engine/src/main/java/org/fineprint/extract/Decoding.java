package org.fineprint.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.jspecify.annotations.Nullable;

/** Byte-level checks and decoding shared by the text and HTML extractors. */
final class Decoding {
    private static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    /** True when the content starts like a PDF file, whatever its declared media type. */
    static boolean looksLikePdf(byte[] content) {
        int i = skipBomAndSpace(content);
        return startsWith(content, i, "%PDF-");
    }

    /**
     * Refuses content that is binary data rather than text: known binary signatures, NUL bytes,
     * or more than 1% control characters in the first 8 KiB (UTF-16 with a byte-order mark is text).
     *
     * @param what what the content was said to be ("HTML", "text"), for the message
     * @throws ExtractException UNSUPPORTED_FORMAT naming what the content looks like
     */
    static void requireText(byte[] content, String source, String what) {
        if (hasUtf16Bom(content)) {
            return;
        }
        String kind = signature(content);
        if (kind == null) {
            int n = Math.min(content.length, SNIFF_BYTES);
            int control = 0;
            for (int i = 0; i < n; i++) {
                int b = content[i] & 0xff;
                if (b == 0) {
                    control = n; // NUL never appears in text
                    break;
                }
                if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
                    control++;
                }
            }
            if (control * 100 > n) {
                kind = "binary data";
            }
        }
        if (kind != null) {
            throw new ExtractException(ExtractException.Reason.UNSUPPORTED_FORMAT, source,
                    "the content is " + kind + ", not " + what + "; check the file or the media type it was served with");
        }
    }

    /**
     * Decodes text: a byte-order mark wins, then the declared charset, then UTF-8 when the bytes are
     * valid UTF-8, else windows-1252 (what browsers assume for legacy pages).
     */
    static String decode(byte[] content, @Nullable String declared) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = charset(declared);
        if (charset != null) {
            return new String(content, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The named charset, or {@code null} when the name is missing or unknown to Java. */
    static @Nullable Charset charset(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static @Nullable String signature(byte[] c) {
        if (startsWith(c, 0, "\u0089PNG")) {
            return "a PNG image";
        }
        if (c.length >= 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
            return "a JPEG image";
        }
        if (startsWith(c, 0, "GIF8")) {
            return "a GIF image";
        }
        if (startsWith(c, 0, "PK\u0003\u0004")) {
            return "a ZIP archive (or an Office document)";
        }
        if (startsWith(c, 0, "\u001F\u008B")) {
            return "gzip-compressed data";
        }
        if (looksLikePdf(c)) {
            return "a PDF document";
        }
        return null;
    }

    private static boolean hasUtf16Bom(byte[] c) {
        return c.length >= 2 && ((c[0] & 0xff) == 0xFE && (c[1] & 0xff) == 0xFF
                || (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xFE);
    }

    private static int skipBomAndSpace(byte[] c) {
        int i = 0;
        if (c.length >= 3 && (c[0] & 0xff) == 0xEF && (c[1] & 0xff) == 0xBB && (c[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < c.length && i < 1024 && Character.isWhitespace(c[i])) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] c, int offset, String ascii) {
        if (c.length - offset < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if ((c[offset + i] & 0xff) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

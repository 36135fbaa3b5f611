package org.fineprint.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Media types: parsing Content-Type, sniffing PDF and HTML from bytes, refusing binary content. */
final class MediaTypes {
    static final String HTML = "text/html";
    static final String XHTML = "application/xhtml+xml";
    static final String PDF = "application/pdf";
    static final String PLAIN = "text/plain";
    static final String MARKDOWN = "text/markdown";

    /** Types that say nothing about the content. */
    private static final Set<String> GENERIC = Set.of("application/octet-stream", "binary/octet-stream",
            "application/unknown", "application/x-unknown", "application/download",
            "application/x-download", "application/force-download", "unknown/unknown");

    private static final int SNIFF_BYTES = 1024;
    private static final int NUL_SCAN_BYTES = 8192;

    /** A parsed Content-Type: media type (lower case, no parameters) and charset. */
    record ContentType(String mediaType, @Nullable String charset) {
    }

    private MediaTypes() {
    }

    /** Parses a Content-Type header value; {@code null} when absent or empty. */
    static @Nullable ContentType parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty() || !type.contains("/")) {
            return null;
        }
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String v = p.substring(eq + 1).strip().replace("\"", "").replace("'", "");
                charset = v.isEmpty() ? null : v;
            }
        }
        return new ContentType(type, charset);
    }

    /**
     * Decides the media type of fetched or loaded content from what was declared and the bytes:
     * the bytes win when they are clearly a PDF or an HTML page; clearly binary content is refused.
     *
     * @param url where the content came from (for the error)
     * @param declared the declared type (Content-Type or file extension), or {@code null}
     * @param content the bytes
     * @return the media type to record
     * @throws FetchException {@code UNSUPPORTED_MEDIA_TYPE} for binary content that is not a PDF
     */
    static String resolve(URI url, @Nullable ContentType declared, byte[] content) {
        String type = declared == null ? null : declared.mediaType();
        String sniffed = sniff(content);
        if (PDF.equals(sniffed)) {
            return PDF;
        }
        if (type == null || GENERIC.contains(type)) {
            if (sniffed != null) {
                return sniffed;
            }
            refuseBinary(url, type, declared, content);
            return PLAIN;
        }
        if (type.equals(PDF)) {
            if (sniffed != null) {
                return sniffed;
            }
            throw unsupported(url, "content declared as application/pdf is not a PDF (no %PDF- header)");
        }
        if (isBinaryFamily(type)) {
            if (sniffed != null) {
                return sniffed;
            }
            throw unsupported(url, "content of type " + type + " cannot be read as a document; "
                    + "only HTML, PDF, Markdown and plain text can");
        }
        refuseBinary(url, type, declared, content);
        return type;
    }

    /** {@code application/pdf} or {@code text/html} when the bytes clearly say so, else {@code null}. */
    static @Nullable String sniff(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        String lower = head.toLowerCase(Locale.ROOT);
        int start = lower.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // UTF-8 BOM read as Latin-1
        while (start < lower.length() && Character.isWhitespace(lower.charAt(start))) {
            start++;
        }
        String rest = lower.substring(start);
        if (rest.startsWith("<!doctype html") || rest.startsWith("<html")) {
            return HTML;
        }
        if (rest.startsWith("<") && (rest.contains("<!doctype html") || rest.contains("<html"))) {
            return HTML;
        }
        int pdf = head.indexOf("%PDF-");
        if (pdf >= 0 && pdf + 5 < head.length() && Character.isDigit(head.charAt(pdf + 5))) {
            return PDF; // the header may follow up to 1024 bytes of junk
        }
        return null;
    }

    /**
     * True for bytes that are clearly not text: the signature of a common binary format, or NUL
     * bytes in content that is not UTF-16 or UTF-32.
     */
    static boolean looksBinary(byte[] content, @Nullable String charset) {
        if (hasBinarySignature(content)) {
            return true;
        }
        if (charset != null && charset.toLowerCase(Locale.ROOT).matches("utf-?(16|32).*")) {
            return false;
        }
        if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            return false;
        }
        int n = Math.min(content.length, NUL_SCAN_BYTES);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBinarySignature(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 0x1F, 0x8B) || startsWith(b, 'R', 'I', 'F', 'F')
                || startsWith(b, 0x7F, 'E', 'L', 'F') || startsWith(b, 'O', 'g', 'g', 'S')
                || startsWith(b, 'w', 'O', 'F', 'F') || startsWith(b, 'w', 'O', 'F', '2')
                || startsWith(b, 'R', 'a', 'r', '!') || startsWith(b, '7', 'z', 0xBC, 0xAF)
                || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static boolean startsWith(byte[] b, int... signature) {
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBinaryFamily(String type) {
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.startsWith("font/") || type.equals("application/zip") || type.equals("application/gzip")
                || type.equals("application/x-gzip") || type.equals("application/x-tar")
                || type.equals("application/x-7z-compressed") || type.equals("application/vnd.rar")
                || type.equals("application/x-rar-compressed") || type.equals("application/wasm")
                || type.equals("application/java-archive") || type.equals("application/x-executable");
    }

    private static void refuseBinary(URI url, @Nullable String type, @Nullable ContentType declared, byte[] content) {
        if (looksBinary(content, declared == null ? null : declared.charset())) {
            throw unsupported(url, "binary content" + (type == null ? "" : " (declared " + type + ")")
                    + " is not a document; only HTML, PDF, Markdown and plain text can be read");
        }
    }

    private static FetchException unsupported(URI url, String detail) {
        return new FetchException(FetchException.Reason.UNSUPPORTED_MEDIA_TYPE, url, 0, detail);
    }
}

package org.fineprint.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.fineprint.fetch.FetchException.Reason;

/**
 * Decodes {@code Content-Encoding} by hand: gzip and deflate (zlib-wrapped or raw, as servers
 * send both), with the size cap applied to the decoded bytes so a compression bomb stops early.
 * Brotli is not advertised: no pure-Java decoder is on the classpath.
 */
final class ContentEncodings {
    /** The Accept-Encoding the HTTP fetcher sends: exactly what {@link #decode} understands. */
    static final String ACCEPTED = "gzip, deflate";

    private ContentEncodings() {
    }

    /**
     * Undoes the encodings listed in the headers, last applied first.
     *
     * @throws FetchException {@code TOO_LARGE} past {@code maxBytes}, {@code HTTP_ERROR} for a
     *     corrupt body, {@code UNSUPPORTED_MEDIA_TYPE} for an encoding that was not asked for
     */
    static byte[] decode(URI url, int status, HttpHeaders headers, byte[] body, long maxBytes) {
        List<String> encodings = headers.allValues("Content-Encoding").stream()
                .flatMap(v -> List.of(v.split(",")).stream())
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty() && !v.equals("identity"))
                .toList();
        byte[] bytes = body;
        for (int i = encodings.size() - 1; i >= 0 && bytes.length > 0; i--) {
            bytes = decodeOne(url, status, encodings.get(i), bytes, maxBytes);
        }
        return bytes;
    }

    private static byte[] decodeOne(URI url, int status, String encoding, byte[] bytes, long maxBytes) {
        Inflater inflater = encoding.equals("deflate") ? new Inflater(!isZlib(bytes)) : null;
        try (InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(bytes));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(bytes), inflater);
            default -> throw new FetchException(Reason.UNSUPPORTED_MEDIA_TYPE, url, status,
                    "the server sent an unrequested content encoding " + encoding);
        }) {
            return readCapped(in, maxBytes, url, status);
        } catch (ZipException | EOFException e) {
            throw new FetchException(Reason.HTTP_ERROR, url, status,
                    "the " + encoding + " body is corrupt (" + HttpTransport.oneLine(e) + "); try again later", e);
        } catch (IOException e) {
            throw new FetchException(Reason.NETWORK, url, status, "could not decode the " + encoding + " body", e);
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
    }

    private static byte[] readCapped(InputStream in, long maxBytes, URI url, int status) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + (long) n > maxBytes) {
                throw HttpTransport.tooLarge(url, status, "the decompressed body passed the limit", maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** True when the bytes start with a zlib header (RFC 1950). */
    private static boolean isZlib(byte[] b) {
        return b.length >= 2 && (b[0] & 0x0F) == 8 && (((b[0] & 0xFF) << 8) | (b[1] & 0xFF)) % 31 == 0;
    }
}

package org.fineprint.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.fineprint.fetch.FetchException.Reason;
import org.fineprint.registry.SourceDocument;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a saved document from disk. The media type comes from the extension ({@code .html .htm
 * .xhtml .md .markdown .txt .pdf}), checked against the bytes: a PDF or an HTML page is
 * recognised whatever its name, and binary files are refused.
 */
public final class FileFetcher implements Fetcher {
    private static final Logger log = LoggerFactory.getLogger(FileFetcher.class);

    /** The {@link Snapshot#fetcher()} name of this fetcher. */
    public static final String NAME = "file";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", MediaTypes.HTML, "htm", MediaTypes.HTML, "xhtml", MediaTypes.XHTML,
            "md", MediaTypes.MARKDOWN, "markdown", MediaTypes.MARKDOWN, "txt", MediaTypes.PLAIN,
            "pdf", MediaTypes.PDF);

    private final long maxBytes;
    private final Clock clock;

    /**
     * @param maxBytes the largest file accepted
     * @param clock stamps {@link Snapshot#fetchedAt()}
     */
    public FileFetcher(long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** A reader with the default size limit, on the system clock. */
    public FileFetcher() {
        this(FetchSettings.DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    /**
     * Reads the file a {@code file:} URL names.
     *
     * @throws FetchException {@code INVALID_URL} for another scheme, else as {@link #load(Path)}
     */
    @Override
    public Snapshot fetch(SourceDocument source) {
        URI url = source.fetch();
        if (!"file".equalsIgnoreCase(url.getScheme())) {
            throw new FetchException(Reason.INVALID_URL, url, 0, "only file: URLs can be read from disk");
        }
        return load(Path.of(url));
    }

    /**
     * Reads one file.
     *
     * @param file an HTML, XHTML, Markdown, text or PDF file
     * @return the bytes with their media type; {@link Snapshot#url()} is the file's URI
     * @throws FetchException {@code NOT_FOUND} when missing, {@code INVALID_URL} for a directory,
     *     {@code FORBIDDEN} when unreadable, {@code TOO_LARGE} over the limit, {@code EMPTY} when
     *     empty, {@code UNSUPPORTED_MEDIA_TYPE} for binary content or a ".pdf" that is not one
     */
    public Snapshot load(Path file) {
        long start = System.nanoTime();
        Path absolute = file.toAbsolutePath().normalize();
        URI url = absolute.toUri();
        if (Files.isDirectory(absolute)) {
            throw new FetchException(Reason.INVALID_URL, url, 0,
                    "this is a directory; give a file (.html, .htm, .xhtml, .md, .markdown, .txt or .pdf)");
        }
        byte[] bytes = read(absolute, url);
        if (bytes.length == 0) {
            throw new FetchException(Reason.EMPTY, url, 0, "the file is empty");
        }
        String mediaType = MediaTypes.resolve(url, declaredType(absolute), bytes);
        Snapshot snapshot = new Snapshot(url, url, 200, mediaType, charsetFromBom(bytes), bytes, clock.instant(), NAME);
        log.info("fetched url={} status={} bytes={} fetcher={} ms={}", url, 200, bytes.length, NAME,
                HttpFetcher.millisSince(start));
        return snapshot;
    }

    private byte[] read(Path file, URI url) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new FetchException(Reason.TOO_LARGE, url, 0, "the file has " + size
                        + " bytes, over the limit of " + maxBytes + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FetchException(Reason.NOT_FOUND, url, 0, "no such file (check the path)", e);
        } catch (AccessDeniedException e) {
            throw new FetchException(Reason.FORBIDDEN, url, 0, "permission denied reading the file", e);
        } catch (IOException e) {
            throw new FetchException(Reason.FORBIDDEN, url, 0,
                    "could not read the file (" + HttpTransport.oneLine(e) + ")", e);
        }
    }

    private static MediaTypes.@Nullable ContentType declaredType(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return type == null ? null : new MediaTypes.ContentType(type, null);
    }

    private static @Nullable String charsetFromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return "UTF-8";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        return null;
    }
}

package org.fineprint.extract;

import java.util.ArrayList;
import java.util.List;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor used everywhere: picks the HTML, PDF or text extractor by each snapshot's media
 * type (a PDF is recognised by its content whatever its media type), applies each source's rules,
 * joins the parts of a {@code combine} declaration in order with a blank line, normalises the
 * result and refuses documents without text.
 */
public final class DefaultExtractor implements Extractor {
    /** Largest HTML or text snapshot accepted: 64 MiB (a 50 MB page parses in about 1 GB of heap). */
    public static final int MAX_MARKUP_BYTES = 64 * 1024 * 1024;
    /** Largest PDF snapshot accepted: 128 MiB. */
    public static final int MAX_PDF_BYTES = 128 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(DefaultExtractor.class);

    private final HtmlExtractor html = new HtmlExtractor();
    private final PdfExtractor pdf = new PdfExtractor();
    private final TextExtractor text = new TextExtractor();
    private final int maxMarkupBytes;
    private final int maxPdfBytes;

    /** An extractor with the default size limits. */
    public DefaultExtractor() {
        this(MAX_MARKUP_BYTES, MAX_PDF_BYTES);
    }

    /**
     * @param maxMarkupBytes largest HTML or text snapshot accepted
     * @param maxPdfBytes largest PDF snapshot accepted
     */
    public DefaultExtractor(int maxMarkupBytes, int maxPdfBytes) {
        this.maxMarkupBytes = maxMarkupBytes;
        this.maxPdfBytes = maxPdfBytes;
    }

    @Override
    public String extract(Declaration declaration, List<Snapshot> snapshots) {
        List<SourceDocument> sources = declaration.sources();
        if (sources.size() != snapshots.size()) {
            throw new IllegalArgumentException("the declaration has " + sources.size()
                    + " source documents but " + snapshots.size() + " snapshots were given");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String part = extract(sources.get(i), snapshots.get(i));
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        // Each part is normalised already; joining two can only add what normalising removes again.
        String result = parts.size() == 1 ? parts.getFirst() : Normalizer.normalize(String.join("\n\n", parts));
        String where = snapshots.getFirst().finalUrl().toString();
        if (result.isEmpty()) {
            throw new ExtractException(ExtractException.Reason.NO_TEXT, where,
                    "the page has no text; it may need executeClientScripts");
        }
        log.info("extracted url={} parts={} chars={}", where, parts.size(), result.length());
        return result;
    }

    /**
     * Extracts one source document's text.
     *
     * @param source the source's rules
     * @param snapshot its content
     * @return the normalised text, possibly empty
     * @throws ExtractException when the format is unsupported, too large, or a rule fails
     */
    public String extract(SourceDocument source, Snapshot snapshot) {
        String where = snapshot.finalUrl().toString();
        int size = snapshot.content().length;
        if (snapshot.isPdf() || Decoding.looksLikePdf(snapshot.content())) {
            requireSize(size, maxPdfBytes, where);
            return pdf.extract(snapshot);
        }
        requireSize(size, maxMarkupBytes, where);
        if (snapshot.isHtml()) {
            return html.extract(snapshot, source);
        }
        return switch (snapshot.mediaType()) {
            case "text/plain", "text/markdown", "text/x-markdown" -> text.extract(snapshot);
            default -> throw new ExtractException(ExtractException.Reason.UNSUPPORTED_FORMAT, where,
                    "media type " + snapshot.mediaType() + " is not supported; Fineprint reads HTML, PDF, "
                            + "plain text and Markdown");
        };
    }

    private static void requireSize(int size, int max, String where) {
        if (size > max) {
            throw new ExtractException(ExtractException.Reason.TOO_LARGE, where,
                    "the snapshot is " + mib(size) + " MiB, more than the " + mib(max)
                            + " MiB Fineprint extracts; check that it is the document and not an archive of it");
        }
    }

    private static long mib(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}

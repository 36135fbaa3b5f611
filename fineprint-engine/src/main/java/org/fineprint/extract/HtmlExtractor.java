package org.fineprint.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTML snapshots to text: parses the page (declared charset, else {@code <meta charset>}, else
 * UTF-8) with the snapshot's final URL as base, applies the declaration's {@code remove} and then
 * {@code select} rules (or finds the main content when there is no {@code select}), drops what a
 * reader never sees (scripts, styles, form controls, hidden elements) and writes the rest as
 * normalised Markdown-like text with absolute, tracking-free links.
 */
public final class HtmlExtractor {
    private static final Logger log = LoggerFactory.getLogger(HtmlExtractor.class);

    /**
     * Extracts the text of one HTML snapshot.
     *
     * @param snapshot the page as fetched
     * @param source the declaration's rules for this page ({@code select}, {@code remove})
     * @return the normalised text; empty when the selected content has no text
     * @throws ExtractException SELECTOR_MATCHED_NOTHING, INVALID_SELECTOR, or UNSUPPORTED_FORMAT
     *     when the content is binary
     */
    public String extract(Snapshot snapshot, SourceDocument source) {
        String url = snapshot.finalUrl().toString();
        Decoding.requireText(snapshot.content(), url, "HTML");
        org.jsoup.nodes.Document page = parse(snapshot);
        ContentSelector rules = new ContentSelector(page, url);
        rules.remove(source.remove());
        List<Node> content;
        if (source.select().isEmpty()) {
            Element body = page.body();
            NoiseFilter.clean(body);
            content = MainContentFinder.find(body);
        } else {
            content = rules.select(source.select());
            for (Node n : content) {
                if (n instanceof Element e) {
                    NoiseFilter.clean(e);
                }
            }
        }
        String text = Normalizer.normalize(MarkdownWriter.write(content, httpBase(page.location(), page.baseUri())));
        log.debug("extracted format=html url={} bytes={} chars={} select={}", url, snapshot.content().length,
                text.length(), source.select().size());
        return text;
    }

    private static org.jsoup.nodes.Document parse(Snapshot snapshot) {
        Charset declared = Decoding.charset(snapshot.charset());
        try {
            return Jsoup.parse(new ByteArrayInputStream(snapshot.content()),
                    declared == null ? null : declared.name(), snapshot.finalUrl().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory snapshot cannot fail", e);
        }
    }

    /** The base for relative links: the page's {@code <base href>} or URL, when it is http(s). */
    private static @Nullable String httpBase(String location, String baseUri) {
        String base = baseUri.isEmpty() ? location : baseUri;
        String lower = base.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? base : null;
    }
}

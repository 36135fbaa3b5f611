package org.fineprint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.Selector;
import org.fineprint.registry.SourceDocument;
import org.jspecify.annotations.Nullable;

/** Snapshots, sources and fixture files for extraction tests. */
final class Fixtures {
    static final URI URL = URI.create("https://example.com/legal/terms");

    private Fixtures() {
    }

    static Snapshot html(String html) {
        return snapshot("text/html", null, html.getBytes(StandardCharsets.UTF_8));
    }

    static Snapshot snapshot(String mediaType, @Nullable String charset, byte[] content) {
        return new Snapshot(URL, URL, 200, mediaType, charset, content, Instant.EPOCH, "file");
    }

    static SourceDocument select(String... css) {
        return new SourceDocument(URL, List.of(css).stream().<Selector>map(Selector.Css::new).toList(),
                List.of(), null, List.of());
    }

    static SourceDocument rules(List<Selector> select, List<Selector> remove) {
        return new SourceDocument(URL, select, remove, null, List.of());
    }

    static SourceDocument auto() {
        return SourceDocument.of(URL);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/extract/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}

package org.fineprint.registry;

import java.net.URI;
import java.util.List;

/**
 * One page to fetch and the rules that extract its text; a document is one or more of these
 * (more than one when its declaration uses {@code combine}).
 *
 * @param fetch the URL to fetch
 * @param select what to keep (all of the page's main content when empty)
 * @param remove what to drop before selecting
 * @param executeClientScripts {@code TRUE} to always render in a headless browser, {@code FALSE}
 *     never to, {@code null} to use plain HTTP and fall back to the browser on likely bot blocking
 * @param filters names of Open Terms Archive filters; only built-in ones are applied
 */
public record SourceDocument(URI fetch, List<Selector> select, List<Selector> remove,
                             @org.jspecify.annotations.Nullable Boolean executeClientScripts,
                             List<String> filters) {
    public SourceDocument {
        select = List.copyOf(select);
        remove = List.copyOf(remove);
        filters = List.copyOf(filters);
    }

    /** A source with no rules: the page's main content is picked automatically. */
    public static SourceDocument of(URI fetch) {
        return new SourceDocument(fetch, List.of(), List.of(), null, List.of());
    }

    /** True when a headless browser must render the page. */
    public boolean requiresBrowser() {
        return Boolean.TRUE.equals(executeClientScripts);
    }

    /** True unless the declaration forbids falling back to a headless browser. */
    public boolean allowsBrowserFallback() {
        return !Boolean.FALSE.equals(executeClientScripts);
    }
}

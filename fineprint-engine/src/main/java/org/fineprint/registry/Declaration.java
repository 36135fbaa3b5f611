package org.fineprint.registry;

import java.util.List;

/**
 * How to obtain one document's text: the page or pages to fetch and the rules for each,
 * read from an Open Terms Archive terms declaration. Several sources mean {@code combine}:
 * their texts are joined in order into one version.
 */
public record Declaration(List<SourceDocument> sources) {
    public Declaration {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a declaration needs at least one source document");
        }
    }

    /** A declaration with one source and no rules. */
    public static Declaration of(SourceDocument source) {
        return new Declaration(List.of(source));
    }

    /** The first source, whose URL is the document's public address. */
    public SourceDocument primary() {
        return sources.getFirst();
    }
}

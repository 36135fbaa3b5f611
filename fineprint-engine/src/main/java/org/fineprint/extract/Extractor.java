package org.fineprint.extract;

import java.util.List;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.Declaration;

/**
 * Turns fetched snapshots into the normalised text that is archived and analysed. All report
 * offsets index into exactly this text.
 */
public interface Extractor {

    /**
     * Extracts one document's text.
     *
     * @param declaration the document's declaration; its sources pair in order with {@code snapshots}
     * @param snapshots one snapshot per source of the declaration (several when it uses {@code combine})
     * @return the normalised Markdown-like text (headings, numbered clauses and list items kept)
     * @throws ExtractException when no usable text comes out (no text, selector matched nothing, …)
     */
    String extract(Declaration declaration, List<Snapshot> snapshots);
}

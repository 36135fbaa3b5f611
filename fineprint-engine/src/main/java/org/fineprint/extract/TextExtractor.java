package org.fineprint.extract;

import org.fineprint.fetch.Snapshot;

/** Plain-text and Markdown snapshots: decoded and normalised, nothing else. */
public final class TextExtractor {

    /**
     * Extracts the text of a plain-text or Markdown snapshot.
     *
     * @param snapshot the content; its declared charset is used when it has no byte-order mark
     * @return the normalised text (possibly empty)
     * @throws ExtractException UNSUPPORTED_FORMAT when the content is binary
     */
    public String extract(Snapshot snapshot) {
        Decoding.requireText(snapshot.content(), snapshot.finalUrl().toString(), "text");
        return Normalizer.normalize(Decoding.decode(snapshot.content(), snapshot.charset()));
    }
}

package org.fineprint.fetch;

import org.fineprint.registry.SourceDocument;

/** Fetches the bytes of one source document. Implementations say how: HTTP, a browser, a file. */
public interface Fetcher {

    /**
     * Fetches one source document.
     *
     * @param source the URL and the declaration's rules (whether client scripts must run)
     * @return the content as received
     * @throws FetchException with a {@link FetchException.Reason} when nothing usable arrived
     */
    Snapshot fetch(SourceDocument source);
}

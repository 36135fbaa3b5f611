package org.fineprint.server.registry;

/**
 * Follows an import as it goes, e.g. to draw a progress bar. Called on the importing thread; keep
 * it quick.
 */
public interface ImportListener {

    /** Listens to nothing. */
    ImportListener NONE = new ImportListener() {
    };

    /** Called once, before the first document, with the number of documents to go through. */
    default void started(int documents) {
    }

    /** Called after each document, whatever came of it. */
    default void documentDone(ImportedDocument document) {
    }
}

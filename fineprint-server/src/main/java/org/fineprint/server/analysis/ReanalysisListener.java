package org.fineprint.server.analysis;

/** Follows a run of re-analyses as it goes, e.g. to draw a progress bar. Called on the analysing thread. */
public interface ReanalysisListener {

    /** Listens to nothing. */
    ReanalysisListener NONE = new ReanalysisListener() {
    };

    /** Called once, before the first service, with the number of services to go through. */
    default void started(int services) {
    }

    /** Called after each service, whatever came of it. */
    default void serviceDone(String slug, Reanalysis result) {
    }
}

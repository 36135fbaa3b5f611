package org.fineprint.server.publish.web;

/** What a service page can say about its analysis. */
enum AnalysisState {
    /** A report is published (an update may be on its way: see the pending flag). */
    PUBLISHED,
    /** No report yet; one is being made. */
    IN_PROGRESS,
    /** No report: the analyser failed on the current texts. */
    FAILED,
    /** No report and none on its way (e.g. a web-only node with no worker yet). */
    NOT_ANALYSED,
    /** Nothing archived to analyse. */
    NO_TEXT;

    /** The lower-case name templates switch on. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package org.fineprint.server.publish.web;

/**
 * A version in the document viewer's list.
 *
 * @param id the version's id ({@code ?version=ID})
 * @param date when it was fetched
 * @param shown true for the version on screen
 * @param analysed true for the version the published points quote
 * @param latest true for the newest version
 */
record VersionRow(long id, DisplayDate date, boolean shown, boolean analysed, boolean latest) {
}

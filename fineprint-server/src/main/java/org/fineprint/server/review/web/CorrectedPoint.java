package org.fineprint.server.review.web;

import org.fineprint.server.review.Correction;
import org.fineprint.server.review.PointIdentity;
import org.jspecify.annotations.Nullable;

/**
 * A point of the latest analysis as the corrections page lists it: the machine's point and the
 * curators' corrections in force on it.
 *
 * @param point the point as the analyser wrote it
 * @param dismissed the dismissal in force, if any
 * @param pinned the pin in force, if any
 * @param edit the edit in force, if any
 */
record CorrectedPoint(PointView point, @Nullable Correction dismissed, @Nullable Correction pinned,
                      @Nullable Correction edit) {

    /** The anchor of the point on the page, from its identity (stable across analyses). */
    public String anchor() {
        return anchor(point.identity());
    }

    static String anchor(PointIdentity identity) {
        return "point-" + identity.documentType().id() + "-" + identity.caseId();
    }

    /** The title shown on the public page: the edited one, if any. */
    public String shownTitle() {
        return edit != null && edit.title() != null ? edit.title() : point.title();
    }

    /** The explanation shown on the public page. */
    public String shownExplanation() {
        return edit != null && edit.explanation() != null ? edit.explanation() : point.explanation();
    }

    /** The severity used on the public page. */
    public int shownSeverity() {
        return edit != null && edit.severity() != null ? edit.severity() : point.severity();
    }
}

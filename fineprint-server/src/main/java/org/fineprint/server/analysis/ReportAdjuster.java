package org.fineprint.server.analysis;

import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * Changes a service's stored report before anything is published from it: every Spring bean of this
 * type is applied, in {@link org.springframework.core.annotation.Order @Order}, by
 * {@link PublishedReports} to the latest succeeded analysis before a page, compare row, search result
 * or count uses it (curator corrections plug in here). The rating's stars and contributions are then
 * recomputed with the engine's {@link org.fineprint.analyze.rating.Rater} over the adjusted points,
 * so an adjuster need not do it.
 *
 * <p>A point is known across re-analyses by (service, document type, case id): find a point's
 * document type with {@link Report#document(String)} on its {@code document} id.
 */
public interface ReportAdjuster {

    /**
     * Adjusts one service's report.
     *
     * @param serviceId the service
     * @param published the report as stored, or as the adjusters before this one left it
     * @return the report to publish; {@code published} itself when there is nothing to change
     */
    Report adjust(long serviceId, Report published);

    /**
     * A value that changes whenever {@link #adjust} may answer differently for some service, such as
     * the number and latest time of the corrections (one cheap query). {@link PublishedReports} keeps
     * adjusted reports under it and the analysis id, so pages stay fast.
     *
     * @return the state, or {@code null} (the default) when the adjuster cannot tell; reports are then
     *     adjusted again on every use
     */
    default @Nullable Object state() {
        return null;
    }
}

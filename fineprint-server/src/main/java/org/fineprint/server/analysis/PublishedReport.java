package org.fineprint.server.analysis;

import java.util.Optional;
import org.fineprint.analyze.point.Point;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;

/**
 * A service's report as the site publishes it: its latest succeeded analysis, adjusted by every
 * {@link ReportAdjuster}, with the rating recomputed over the adjusted points.
 *
 * @param analysis the stored analysis it comes from (its versions index the report's documents:
 *     {@code d0} is {@code analysis.inputVersionIds().get(0)}, and so on)
 * @param report the adjusted report
 */
public record PublishedReport(StoredAnalysis analysis, Report report) {

    /** The service. */
    public long serviceId() {
        return analysis.serviceId();
    }

    /** The type of the document a point quotes. */
    public DocumentType documentType(Point point) {
        Report.Document document = report.document(point.document());
        return document == null ? DocumentType.OTHER : document.type();
    }

    /** The report's document of a type, if the analysis read one. */
    public Optional<Report.Document> document(DocumentType type) {
        return report.documents().stream().filter(d -> d.type() == type).findFirst();
    }

    /** The id of the archived version a report document ({@code d0}, …) was read from. */
    public Optional<Long> versionId(String documentId) {
        for (int i = 0; i < report.documents().size() && i < analysis.inputVersionIds().size(); i++) {
            if (report.documents().get(i).id().equals(documentId)) {
                return Optional.of(analysis.inputVersionIds().get(i));
            }
        }
        return Optional.empty();
    }
}

package org.fineprint.server.analysis;

import java.util.List;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * An analysis about to be stored: a report, or the error that prevented one.
 *
 * @param serviceId the analysed service
 * @param analyzer the analyser's name
 * @param analyzerVersion Fineprint's version
 * @param model what the analyser ran on, when known
 * @param inputs the analysed versions, in the report's document order
 * @param report the report; {@code null} for a failure
 * @param error one line saying why it failed; {@code null} for a success
 * @param fallbackFor the failed analysis this built-in analyser's run stands in for, or {@code null}
 */
public record NewAnalysis(long serviceId, String analyzer, String analyzerVersion, @Nullable String model,
                          List<Input> inputs, @Nullable Report report, @Nullable String error,
                          @Nullable Long fallbackFor) {
    public NewAnalysis {
        inputs = List.copyOf(inputs);
        if ((report == null) == (error == null)) {
            throw new IllegalArgumentException("an analysis has either a report or an error");
        }
        if (report != null && report.documents().size() != inputs.size()) {
            throw new IllegalArgumentException("the report has " + report.documents().size()
                    + " documents but " + inputs.size() + " versions were analysed");
        }
    }

    /**
     * One analysed document version.
     *
     * @param documentId the document
     * @param versionId the version read
     * @param type the document's type
     * @param sha256 hex SHA-256 of the version's text
     */
    public record Input(long documentId, long versionId, DocumentType type, String sha256) {
    }

    /** A successful run: the analyser's identity comes from the report. */
    public static NewAnalysis succeeded(long serviceId, List<Input> inputs, Report report) {
        return new NewAnalysis(serviceId, report.analyzer().name(), report.analyzer().version(),
                report.analyzer().model(), inputs, report, null, null);
    }

    /** A failed run of the given analyser and model. */
    public static NewAnalysis failed(long serviceId, String analyzer, String analyzerVersion, @Nullable String model,
                                     List<Input> inputs, String error) {
        return new NewAnalysis(serviceId, analyzer, analyzerVersion, model, inputs, null, error, null);
    }

    /** The same run, marked as standing in for the failed analysis {@code failedId} (see {@link Reanalyzer}). */
    public NewAnalysis asFallbackFor(long failedId) {
        return new NewAnalysis(serviceId, analyzer, analyzerVersion, model, inputs, report, error, failedId);
    }

    /** True for a successful run. */
    public boolean succeeded() {
        return report != null;
    }
}

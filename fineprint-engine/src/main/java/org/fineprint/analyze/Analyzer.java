package org.fineprint.analyze;

import org.fineprint.report.Report;

/** Analyses a service's documents into a report. Implementations say how: {@code local}, {@code llm}. */
public interface Analyzer {

    /**
     * Analyses one service.
     *
     * @param request the service and the extracted text of each of its documents
     * @return the report; every quote is verbatim in its document's text
     * @throws AnalysisException when the input cannot be analysed at all
     */
    Report analyze(AnalysisRequest request);
}

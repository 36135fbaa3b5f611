package org.fineprint.analyze;

import org.fineprint.FineprintException;

/** A service's documents could not be analysed. */
public final class AnalysisException extends FineprintException {
    private final String service;

    public AnalysisException(String service, String detail) {
        super("Analysis failed: " + detail + " (service " + service + ")");
        this.service = service;
    }

    public AnalysisException(String service, String detail, Throwable cause) {
        super("Analysis failed: " + detail + " (service " + service + ")", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}

package org.fineprint.analyze.classify;

import org.fineprint.FineprintException;

/**
 * A classifier could not be loaded, trained or run: a missing or corrupt model file, an unknown
 * encoder, or an embedding failure. The message starts with "Classify failed:" and says what to do.
 */
public final class ClassifierException extends FineprintException {
    private final String model;

    /**
     * @param model the model file, resource or encoder involved
     * @param detail what happened and what to do, in a few words
     */
    public ClassifierException(String model, String detail) {
        super("Classify failed: " + detail + " (" + model + ")");
        this.model = model;
    }

    /**
     * @param model the model file, resource or encoder involved
     * @param detail what happened and what to do, in a few words
     * @param cause the underlying error
     */
    public ClassifierException(String model, String detail, Throwable cause) {
        super("Classify failed: " + detail + " (" + model + ")", cause);
        this.model = model;
    }

    /** @return the model file, resource or encoder the failure concerns */
    public String model() {
        return model;
    }
}

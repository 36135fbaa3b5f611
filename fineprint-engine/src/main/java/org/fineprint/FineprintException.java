package org.fineprint;

/**
 * Root of every error a Fineprint user can meet. Each pipeline stage has one subtype whose
 * one-line message starts with the stage ("Fetch failed: …") and says what to do next.
 */
public abstract class FineprintException extends RuntimeException {
    protected FineprintException(String message) {
        super(message);
    }

    protected FineprintException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.fineprint.server.system;

import org.fineprint.FineprintException;

/** The database could not be started or reached; the message says why and what to do. */
public final class DatabaseException extends FineprintException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}

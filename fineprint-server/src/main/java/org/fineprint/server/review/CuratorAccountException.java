package org.fineprint.server.review;

import org.fineprint.FineprintException;

/** A curator account could not be created or changed; the reason says whether the input was at fault. */
public final class CuratorAccountException extends FineprintException {
    /** Why the account could not be created or changed. */
    public enum Reason {
        /** The user name does not follow the rules. */
        INVALID_NAME,
        /** The password is empty or too easy to guess. */
        WEAK_PASSWORD,
        /** An account with that name exists already. */
        NAME_TAKEN,
        /** There is no account with that name. */
        NO_SUCH_USER;

        /** True when the person typed something that cannot work (the command line exits with 2). */
        public boolean isUsageError() {
            return this == INVALID_NAME || this == WEAK_PASSWORD;
        }
    }

    private final Reason reason;
    private final String username;

    public CuratorAccountException(Reason reason, String username, String message) {
        super(message);
        this.reason = reason;
        this.username = username;
    }

    public Reason reason() {
        return reason;
    }

    public String username() {
        return username;
    }
}

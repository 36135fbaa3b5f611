package org.fineprint.server.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A curator account: someone who may sign in to the curator area.
 *
 * @param id database id
 * @param username lower-case sign-in name
 * @param passwordHash BCrypt hash of the password (the password itself is never stored)
 * @param enabled whether the account may sign in
 * @param createdAt when the account was made
 * @param lastLoginAt when it last signed in, if ever
 */
public record Curator(long id, String username, String passwordHash, boolean enabled, Instant createdAt,
                      @Nullable Instant lastLoginAt) {
    /** The role every curator has; the curator area requires it. */
    public static final String ROLE = "CURATOR";

    @Override
    public String toString() {
        return "Curator[" + username + "]"; // never print the hash
    }
}

package org.fineprint.server.review;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a curator password must be: at least {@link #MIN_LENGTH} characters, at most
 * {@link #MAX_BYTES} bytes in UTF-8 (BCrypt ignores the rest), several different characters, not
 * a run such as {@code 123456789012}, not the user name, and not a well-known password.
 */
public final class PasswordPolicy {
    /** Fewest characters a password may have. */
    public static final int MIN_LENGTH = 12;
    /** Most UTF-8 bytes a password may have: BCrypt looks at no more. */
    public static final int MAX_BYTES = 72;
    /** Fewest different characters a password may have. */
    public static final int MIN_DISTINCT = 5;

    private static final Set<String> COMMON = Set.of("password1234", "password12345", "password123456",
            "passwordpassword", "123456789012", "1234567890123", "qwertyuiopas", "qwertyuiop123", "1q2w3e4r5t6y",
            "1qaz2wsx3edc", "iloveyou1234", "letmein12345", "administrator", "changeme1234", "welcome12345",
            "trustno1trustno1", "correcthorsebatterystaple", "fineprint1234", "fineprintadmin", "adminadmin12");

    private PasswordPolicy() {
    }

    /**
     * Checks a password for an account.
     *
     * @param username the account's user name, which the password must not contain
     * @return what is wrong with the password, or empty when it is acceptable
     */
    public static Optional<String> problem(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (password.isBlank()) {
            return Optional.of("the password is empty");
        }
        if (length < MIN_LENGTH) {
            return Optional.of("it has " + length + " characters; use at least " + MIN_LENGTH
                    + " (a few unrelated words make a good one)");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("it is longer than " + MAX_BYTES + " bytes, which BCrypt cannot use in full");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("it repeats too few different characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isRun(lower)) {
            return Optional.of("it is a run of consecutive characters");
        }
        if (username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("it contains the user name");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("it is a well-known password");
        }
        return Optional.empty();
    }

    /**
     * Checks a password and says what is wrong in an exception.
     *
     * @throws CuratorAccountException (WEAK_PASSWORD) when the password is not acceptable
     */
    public static void check(String username, String password) {
        problem(username, password).ifPresent(problem -> {
            throw new CuratorAccountException(CuratorAccountException.Reason.WEAK_PASSWORD, username,
                    "Curator account: password refused for " + username + ": " + problem + "; choose another");
        });
    }

    /** True for runs like {@code abcdefghijkl}, {@code 987654321098}: almost every step is +1 or -1. */
    private static boolean isRun(String s) {
        int[] cps = s.codePoints().toArray();
        int steps = 0;
        for (int i = 1; i < cps.length; i++) {
            int d = cps[i] - cps[i - 1];
            if (d == 1 || d == -1 || (cps[i - 1] == '9' && cps[i] == '0') || (cps[i - 1] == '0' && cps[i] == '9')) {
                steps++;
            }
        }
        return steps >= (cps.length - 1) * 3 / 4;
    }
}

package org.fineprint.server.review;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for curator user names: 2-40 lower-case letters, digits, dots, dashes or underscores. */
public final class Usernames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    private Usernames() {
    }

    /**
     * The stored form of a user name: stripped and lower-cased, so that sign-in ignores case.
     *
     * @throws CuratorAccountException (INVALID_NAME) when the name breaks the rules
     */
    public static String normalize(String name) {
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        if (!VALID.matcher(normalized).matches()) {
            throw new CuratorAccountException(CuratorAccountException.Reason.INVALID_NAME, name,
                    "Curator account: \"" + name + "\" is not a valid user name; use 2-40 letters, digits, "
                            + "dots, dashes or underscores, starting with a letter or digit");
        }
        return normalized;
    }
}

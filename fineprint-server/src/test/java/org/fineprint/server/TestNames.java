package org.fineprint.server;

import java.util.concurrent.ThreadLocalRandom;

/** Unique names, so that tests sharing a database never see each other's rows. */
public final class TestNames {
    private TestNames() {
    }

    /** {@code prefix} followed by 10 random lower-case letters and digits, e.g. {@code svc3k9x0q2m7a}. */
    public static String unique(String prefix) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return s.toString();
    }
}

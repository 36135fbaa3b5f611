package org.fineprint.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of versions: the {@code sha256} of a report's documents and of stored versions. */
public final class Hashes {
    private Hashes() {
    }

    /**
     * Hashes text as its UTF-8 bytes.
     *
     * @param text the text, e.g. a normalised extraction
     * @return the SHA-256 digest as 64 lower-case hexadecimal digits
     */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Hashes bytes, e.g. a raw snapshot.
     *
     * @param bytes the content
     * @return the SHA-256 digest as 64 lower-case hexadecimal digits
     */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

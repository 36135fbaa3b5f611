package org.fineprint.server.review;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stands for a client's network address with a keyed hash (HMAC-SHA-256), so rate limits and
 * stored reports can tell clients apart without keeping their addresses. Without the key the
 * hash cannot be turned back into an address by trying them all.
 */
public final class ClientKeys {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param secret the key; at least 16 bytes */
    public ClientKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the client key secret needs at least 16 bytes (fineprint.review.client-key-secret)");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** Keys from a configured secret (its UTF-8 bytes). */
    public static ClientKeys withSecret(String secret) {
        return new ClientKeys(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Keys from a random secret: hashes then differ between processes and restarts. */
    public static ClientKeys random() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ClientKeys(secret);
    }

    /** The key standing for an address: 32 hex digits (the first 128 bits of the HMAC). */
    public String forAddress(String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

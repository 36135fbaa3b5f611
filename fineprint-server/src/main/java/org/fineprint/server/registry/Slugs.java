package org.fineprint.server.registry;

import java.text.Normalizer;
import java.util.Locale;

/** Service slugs in AIgree's style: lower case, letters and digits only ("1Password" → {@code 1password}). */
public final class Slugs {
    private Slugs() {
    }

    /**
     * Makes a slug from a service name.
     *
     * @param name a service name such as "Proton Mail" or "hide.me VPN"
     * @return the slug, e.g. {@code protonmail}, {@code hidemevpn}
     * @throws IllegalArgumentException when the name has no letter or digit
     */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("cannot make a slug from the service name \"" + name + "\"");
        }
        return slug;
    }
}

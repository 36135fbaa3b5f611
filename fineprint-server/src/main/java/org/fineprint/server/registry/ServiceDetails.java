package org.fineprint.server.registry;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a service before it is saved; absent details keep the stored ones.
 *
 * @param slug URL name: lower case letters and digits, hyphens between words allowed
 * @param name display name
 * @param tagline one line saying what the service is, or {@code null} if unknown
 * @param homepage the home page, or {@code null} if unknown
 * @param domains web domains; empty when unknown
 * @param categoryId the category, or {@code null} if unknown
 */
public record ServiceDetails(String slug, String name, @Nullable String tagline, @Nullable String homepage,
                             List<String> domains, @Nullable Long categoryId) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ServiceDetails {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("service slug must be lower-case letters and digits: " + slug);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("service name is blank for " + slug);
        }
        domains = domains.stream().map(d -> d.toLowerCase(Locale.ROOT).strip()).toList();
    }

    /** Details known from a name only, as in an Open Terms Archive import. */
    public static ServiceDetails named(String name) {
        return new ServiceDetails(Slugs.of(name), name, null, null, List.of(), null);
    }
}

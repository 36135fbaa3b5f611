package org.fineprint.server.registry;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An online service whose legal documents Fineprint tracks.
 *
 * @param id database id
 * @param slug URL name: lower case letters and digits, e.g. {@code onepassword}
 * @param name display name, e.g. "1Password"
 * @param tagline one line saying what the service is, when known
 * @param homepage the service's home page, when known
 * @param domains web domains of the service, used to look it up (e.g. {@code aliexpress.com})
 * @param categoryId its category, when known
 * @param createdAt when it was added
 * @param updatedAt when its details last changed
 */
public record Service(long id, String slug, String name, @Nullable String tagline, @Nullable String homepage,
                      List<String> domains, @Nullable Long categoryId, Instant createdAt, Instant updatedAt) {
    public Service {
        domains = List.copyOf(domains);
    }
}

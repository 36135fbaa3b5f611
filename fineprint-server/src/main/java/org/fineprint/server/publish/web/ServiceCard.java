package org.fineprint.server.publish.web;

import org.fineprint.server.registry.Service;
import org.jspecify.annotations.Nullable;

/**
 * A service as lists show it: name, tagline, main domain and rating.
 *
 * @param rating its published rating, or null when it has no analysis yet
 * @param pending true while an analysis of it waits or runs
 */
record ServiceCard(String slug, String name, @Nullable String tagline, @Nullable String domain,
                   @Nullable RatingView rating, boolean pending) {

    static ServiceCard of(Service service, @Nullable RatingView rating, boolean pending) {
        return new ServiceCard(service.slug(), service.name(), service.tagline(),
                service.domains().isEmpty() ? null : service.domains().getFirst(), rating, pending);
    }
}

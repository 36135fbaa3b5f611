package org.fineprint.server.publish.web;

import org.fineprint.server.registry.Service;
import org.jspecify.annotations.Nullable;

/** A service as listed: name, tagline and main domain. */
record ServiceCard(String slug, String name, @Nullable String tagline, @Nullable String domain) {
    static ServiceCard of(Service service) {
        return new ServiceCard(service.slug(), service.name(), service.tagline(),
                service.domains().isEmpty() ? null : service.domains().getFirst());
    }
}

package org.fineprint.server.publish.web;

import java.util.ArrayList;
import java.util.List;

/** A category and its services, as the home page lists them. */
record CategoryGroup(String slug, String name, List<ServiceCard> services) {
    CategoryGroup {
        services = List.copyOf(services);
    }

    static final class Builder {
        private final String slug;
        private final String name;
        final List<ServiceCard> services = new ArrayList<>();

        Builder(String slug, String name) {
            this.slug = slug;
            this.name = name;
        }

        CategoryGroup build() {
            return new CategoryGroup(slug, name, services);
        }
    }
}

package org.fineprint.server.publish.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute page addresses for canonical links, from the current request's scheme, host and context path. */
final class Urls {
    private Urls() {
    }

    /** The absolute address of a path template such as {@code /service/{slug}} with its variables. */
    static String canonical(String path, Object... variables) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(variables)
                .encode().toUriString();
    }
}

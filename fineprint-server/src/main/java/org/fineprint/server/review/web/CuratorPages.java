package org.fineprint.server.review.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the review pages the signed-in curator's name (null for readers), for the curator navigation. */
@ControllerAdvice(basePackageClasses = CuratorPages.class)
class CuratorPages {

    @ModelAttribute("curator")
    @Nullable String curator(@Nullable Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }
}

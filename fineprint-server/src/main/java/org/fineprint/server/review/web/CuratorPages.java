package org.fineprint.server.review.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every review page needs before it is rendered: the signed-in curator's name (null for
 * readers) for the curator navigation, and the CSRF token made ready, so that its cookie is set
 * before the page starts streaming (a cookie cannot be added once the response is committed).
 */
@ControllerAdvice(basePackageClasses = CuratorPages.class)
class CuratorPages {

    @ModelAttribute("curator")
    @Nullable String curator(@Nullable Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute
    void csrfCookie(@Nullable CsrfToken token) {
        if (token != null) {
            token.getToken();
        }
    }
}

package org.fineprint.server.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Maps errors to HTTP statuses and pages, in one place. */
@ControllerAdvice
class ErrorHandling {
    static final String VIEW_NOT_FOUND = "error/404";

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        ModelAndView page = new ModelAndView(VIEW_NOT_FOUND);
        page.addObject("kind", e.kind());
        page.addObject("name", e.name());
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}

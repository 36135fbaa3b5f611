package org.fineprint.server.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where the site is once the application is ready to answer requests. */
@Component
class ServingAnnouncer {
    private static final Logger log = LoggerFactory.getLogger(ServingAnnouncer.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info("Fineprint is serving on http://localhost:{}", web.getWebServer().getPort());
        }
    }
}

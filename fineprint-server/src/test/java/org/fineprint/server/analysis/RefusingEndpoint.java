package org.fineprint.server.analysis;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.fineprint.fetch.LocalWebServer;
import org.fineprint.server.TestNames;

/**
 * An OpenAI-compatible chat completions endpoint on a local web server that refuses every call
 * with 401, as a hosted API does with a wrong key; each one has its own path, so it counts only its
 * own calls.
 */
final class RefusingEndpoint {
    private final LocalWebServer web;
    private final String root;

    private RefusingEndpoint(LocalWebServer web, String root) {
        this.web = web;
        this.root = root;
    }

    /** A new endpoint on {@code web}. */
    static RefusingEndpoint at(LocalWebServer web) {
        String root = "/" + TestNames.unique("llm") + "/v1";
        web.respond(root + "/chat/completions", 401, "application/json",
                "{\"error\": {\"message\": \"Incorrect API key provided\", \"type\": \"invalid_request_error\"}}"
                        .getBytes(StandardCharsets.UTF_8));
        return new RefusingEndpoint(web, root);
    }

    /** The API root to configure ({@code FINEPRINT_LLM_BASE_URL}). */
    URI baseUrl() {
        return web.url(root);
    }

    /** Calls made so far. */
    int calls() {
        return web.requests(root + "/chat/completions").size();
    }
}

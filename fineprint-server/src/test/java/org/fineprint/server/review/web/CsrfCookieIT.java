package org.fineprint.server.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.fineprint.server.TestNames;
import org.fineprint.server.WebTest;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the real server: the report form's CSRF token travels in a cookie, so a reader gets no
 * session and any web node can take the post; and a post without the token is refused.
 */
@WebTest
class CsrfCookieIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ServiceRepository services;

    @Test
    void theFormSetsAnHttpOnlyLaxCsrfCookieAndNoSession() throws Exception {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Svc")));

        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/service/" + service.slug() + "/report")).build(),
                HttpResponse.BodyHandlers.ofString());

        List<String> cookies = form.headers().allValues("Set-Cookie");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(cookies).singleElement().satisfies(c -> assertThat(c).startsWith("XSRF-TOKEN=")
                .contains("HttpOnly", "SameSite=Lax"));
        assertThat(form.body()).contains("name=\"_csrf\"");
        assertThat(form.headers().firstValue("X-Robots-Tag")).contains("noindex, nofollow");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/service/" + service.slug())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("X-Robots-Tag")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aPostWithoutTheTokenIsRefused() throws Exception {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Svc")));

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/service/" + service.slug() + "/report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=other&message=Forged+elsewhere.")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(403);
    }
}

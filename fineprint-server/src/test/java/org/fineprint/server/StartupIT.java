package org.fineprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/** The application started on an empty database: loads the samples, then serves the pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fineprint.samples.load-on-empty=true", "fineprint.track.enabled=false"})
@ContextConfiguration(initializers = StartupIT.EmptyDatabase.class)
class StartupIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ServiceRepository services;

    @Test
    void homeListsTheSampleServicesByCategory() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(count(home.body(), "<article class=\"card\">")).isGreaterThanOrEqualTo(30);
        assertThat(count(home.body(), "<section class=\"category\"")).isGreaterThanOrEqualTo(8);
        assertThat(home.body()).contains(">Shopping</a></h2>", "href=\"/service/aliexpress\"", "aliexpress.com",
                "<title>Fineprint: terms of service and privacy policies, archived and explained</title>",
                "<meta name=\"description\"", "<link rel=\"canonical\" href=\"http://localhost:" + port + "/\">");
    }

    @Test
    void servicePageListsItsDocumentsWithTheirDates() throws Exception {
        HttpResponse<String> page = get("/service/aliexpress");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>AliExpress</h1>", "Shopping", "Free Membership Agreement",
                "Terms of Service", "Privacy Policy", "United States", "English",
                "href=\"https://terms.alicdn.com/legal-agreement/terms/suit_bu1_aliexpress/",
                "<link rel=\"canonical\" href=\"http://localhost:" + port + "/service/aliexpress\">",
                "<title>AliExpress: terms of service and privacy policy explained | Fineprint</title>");
        List<String> dates = all(page.body(), "<time datetime=\"([^\"]+)\">([^<]+)</time>");
        assertThat(dates).hasSizeGreaterThanOrEqualTo(4).allMatch(d -> d.matches("\\d{1,2} [A-Z][a-z]+ 20\\d\\d"));
    }

    @Test
    void unknownServiceGetsTheNotFoundPage() throws Exception {
        HttpResponse<String> page = get("/service/no-such-service");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found", "no-such-service", "href=\"/\"");
    }

    @Test
    void unknownPageGetsTheNotFoundPageNotARefusal() throws Exception {
        HttpResponse<String> page = get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }

    @Test
    void escapesTextFromTheDatabase() throws Exception {
        String slug = TestNames.unique("xss");
        services.save(new ServiceDetails(slug, "<script>alert(1)</script>", "Tag & <b>line</b>", null, List.of(),
                null));

        String body = get("/service/" + slug).body();

        assertThat(body).doesNotContain("<script>alert(1)</script>", "<b>line</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Tag &amp; &lt;b&gt;line&lt;/b&gt;");
    }

    @Test
    void healthIsPublicAndOtherAddressesAreNot() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get("/css/fineprint.css").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isIn(401, 403);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(2));
        }
        return found;
    }

    /** A new, empty database on the shared embedded server, so the samples load. */
    static class EmptyDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("fineprint.db.url=" + TestDatabases.newDatabase("startup")).applyTo(context);
        }
    }
}

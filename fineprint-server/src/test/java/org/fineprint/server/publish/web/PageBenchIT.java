package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fineprint.server.SampleSiteTest;
import org.fineprint.server.analysis.AnalysisRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page bench: the site on the analysed samples, each page fetched {@value #WARM_UP} times to warm
 * up, then {@value #RUNS} times one after the other over loopback with a kept-alive connection; prints
 * the median and 95th percentile response time (request sent to last byte received: the server's time
 * plus a loopback round trip) and the HTML size. Prints numbers, asserts nothing
 * about them. Runs only when asked ({@code -Dfineprint.bench=true}); see {@code docs/bench.md}.
 */
@SampleSiteTest
@EnabledIfSystemProperty(named = "fineprint.bench", matches = "true")
class PageBenchIT {
    static final int WARM_UP = 100;
    static final int RUNS = 200;
    static final List<String> PAGES = List.of("/service/aliexpress", "/service/aliexpress/document/terms", "/",
            "/compare/aliexpress-vs-amazon", "/search?q=aliexpress", "/cases");

    @LocalServerPort
    int port;
    @Autowired
    AnalysisRun analysisRun;

    @BeforeEach
    void analysed() {
        SampleSiteTest.Samples.analyse(analysisRun);
    }

    @Test
    void measuresPageTimesAndSizes() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        StringBuilder table = new StringBuilder("| page | median ms | p95 ms | HTML KB |\n|---|---|---|---|\n");
        String only = System.getProperty("fineprint.bench.pages");
        for (String path : only == null || only.isBlank() ? PAGES : List.of(only.split(","))) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").build();
            int bytes = 0;
            for (int i = 0; i < WARM_UP; i++) {
                bytes = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
            }
            double[] client = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                client[i] = (System.nanoTime() - start) / 1e6;
                assertThat(response.statusCode()).isEqualTo(200);
            }
            Arrays.sort(client);
            table.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.1f |%n", path,
                    median(client), p95(client), bytes / 1024.0));
        }
        System.out.println("\n[page bench] " + RUNS + " requests per page after " + WARM_UP + " to warm up, "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + "\n" + table);
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}

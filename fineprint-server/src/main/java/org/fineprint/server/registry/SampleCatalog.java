package org.fineprint.server.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled sample services: {@code samples/services.json} on the classpath and the texts it
 * names under {@code samples/}.
 *
 * @param categories the categories, in display order
 * @param services the services
 */
public record SampleCatalog(List<SampleCategory> categories, List<SampleService> services) {
    /** Classpath folder of the samples. */
    public static final String LOCATION = "samples/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public SampleCatalog {
        categories = List.copyOf(categories);
        services = List.copyOf(services);
    }

    /** A category of samples. */
    public record SampleCategory(String slug, String name) {
    }

    /** A sample service and its documents. */
    public record SampleService(String slug, String name, String category, String tagline, String homepage,
                                List<String> domains, List<SampleDocument> documents) {
        public SampleService {
            domains = List.copyOf(domains);
            documents = List.copyOf(documents);
        }
    }

    /**
     * A sample document.
     *
     * @param type its type
     * @param title its title as the service names it
     * @param url the public address of the document
     * @param language language code of the text
     * @param jurisdiction ISO code of the country (or EU) whose view this is, when known
     * @param file the text, relative to {@code samples/}, gzip-compressed when it ends in {@code .gz}
     * @param collection the Open Terms Archive collection it comes from
     * @param changed when the text last changed in that collection (used as the version's time)
     */
    public record SampleDocument(DocumentType type, String title, String url, String language,
                                 @Nullable String jurisdiction, String file, String collection, Instant changed) {
    }

    /** Number of documents over all services. */
    public int documentCount() {
        return services.stream().mapToInt(s -> s.documents().size()).sum();
    }

    /**
     * Reads {@code samples/services.json} from the classpath.
     *
     * @throws IllegalStateException when it is missing or malformed (a packaging error)
     */
    public static SampleCatalog load() {
        try (InputStream in = resource("services.json")) {
            return parse(JSON.readTree(in));
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Samples broken: cannot read " + LOCATION + "services.json ("
                    + e.getMessage() + "); rebuild Fineprint", e);
        }
    }

    /**
     * Reads one sample text.
     *
     * @throws IllegalStateException when it is missing (a packaging error)
     */
    public static String text(SampleDocument document) {
        try (InputStream raw = resource(document.file());
             InputStream in = document.file().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Samples broken: cannot read " + LOCATION + document.file(), e);
        }
    }

    /** Opens a file under {@code samples/}. */
    static InputStream resource(String name) throws IOException {
        InputStream in = SampleCatalog.class.getClassLoader().getResourceAsStream(LOCATION + name);
        if (in == null) {
            throw new IOException(LOCATION + name + " is not on the classpath");
        }
        return in;
    }

    private static SampleCatalog parse(JsonNode root) {
        List<SampleCategory> categories = new ArrayList<>();
        for (JsonNode c : root.path("categories")) {
            categories.add(new SampleCategory(required(c, "slug"), required(c, "name")));
        }
        List<SampleService> services = new ArrayList<>();
        for (JsonNode s : root.path("services")) {
            List<SampleDocument> documents = new ArrayList<>();
            for (JsonNode d : s.path("documents")) {
                String type = required(d, "type");
                JsonNode source = d.path("source");
                documents.add(new SampleDocument(
                        DocumentType.fromId(type).orElseThrow(() -> new IllegalStateException(
                                "Samples broken: unknown document type " + type + " in services.json")),
                        required(d, "title"), required(d, "url"), required(d, "language"),
                        d.path("jurisdiction").isString() ? d.path("jurisdiction").asString() : null,
                        required(d, "file"), required(source, "collection"),
                        OffsetDateTime.parse(required(source, "changed")).toInstant()));
            }
            List<String> domains = new ArrayList<>();
            s.path("domains").forEach(n -> domains.add(n.asString()));
            services.add(new SampleService(required(s, "slug"), required(s, "name"), required(s, "category"),
                    required(s, "tagline"), required(s, "homepage"), domains, documents));
        }
        return new SampleCatalog(categories, services);
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException("Samples broken: \"" + field + "\" missing in services.json near " + node);
        }
        return value.asString();
    }
}

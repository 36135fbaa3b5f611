package org.fineprint.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Open Terms Archive declarations: a single terms declaration
 * ({@code {"fetch": …, "select": …}}, or {@code {"combine": [...]}}) or a whole service file
 * ({@code {"name": …, "terms": {"Terms of Service": {…}}}}).
 */
public final class DeclarationReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private DeclarationReader() {
    }

    /** Reads a file holding one terms declaration. */
    public static Declaration readTerms(Path file) {
        return terms(parse(read(file), file.toString()), file.toString());
    }

    /** Reads a terms declaration from JSON text; {@code location} names it in errors. */
    public static Declaration readTerms(String json, String location) {
        return terms(parse(json, location), location);
    }

    /** Reads a service declaration file; the service id is the file name without {@code .json}. */
    public static ServiceDeclaration readService(Path file) {
        String location = file.toString();
        JsonNode root = parse(read(file), location);
        String id = file.getFileName().toString().replaceFirst("\\.json$", "");
        String name = root.path("name").asString(id);
        JsonNode termsNode = root.path("terms");
        if (!termsNode.isObject() || termsNode.isEmpty()) {
            throw new DeclarationException(location, "no \"terms\" object");
        }
        Map<String, Declaration> terms = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : termsNode.properties()) {
            terms.put(e.getKey(), terms(e.getValue(), location + " (" + e.getKey() + ")"));
        }
        return new ServiceDeclaration(id, name, terms);
    }

    /** Reads a terms declaration from a parsed JSON object. */
    public static Declaration terms(JsonNode node, String location) {
        if (!node.isObject()) {
            throw new DeclarationException(location, "a terms declaration must be a JSON object");
        }
        List<SourceDocument> sources = new ArrayList<>();
        JsonNode combine = node.get("combine");
        if (combine != null) {
            if (!combine.isArray() || combine.isEmpty()) {
                throw new DeclarationException(location, "\"combine\" must be a non-empty array");
            }
            for (JsonNode part : combine) {
                sources.add(source(part, node, location));
            }
        } else {
            sources.add(source(node, null, location));
        }
        return new Declaration(sources);
    }

    /** One source; rules missing from {@code node} are inherited from {@code shared} (combine). */
    private static SourceDocument source(JsonNode node, @Nullable JsonNode shared, String location) {
        JsonNode fetch = node.get("fetch");
        if (fetch == null || !fetch.isString() || fetch.asString().isBlank()) {
            throw new DeclarationException(location, "missing \"fetch\" URL");
        }
        URI url;
        try {
            url = new URI(fetch.asString().strip());
        } catch (URISyntaxException e) {
            throw new DeclarationException(location, "\"fetch\" is not a URL: " + fetch.asString());
        }
        return new SourceDocument(url,
                selectors(inherited(node, shared, "select"), location, "select"),
                selectors(inherited(node, shared, "remove"), location, "remove"),
                booleanOrNull(inherited(node, shared, "executeClientScripts")),
                filters(inherited(node, shared, "filter")));
    }

    private static @Nullable JsonNode inherited(JsonNode node, @Nullable JsonNode shared, String key) {
        JsonNode own = node.get(key);
        return own != null || shared == null ? own : shared.get(key);
    }

    private static List<Selector> selectors(@Nullable JsonNode node, String location, String key) {
        List<Selector> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            try {
                if (item.isString()) {
                    out.add(new Selector.Css(item.asString()));
                } else if (item.isObject()) {
                    out.add(new Selector.Range(text(item, "startBefore"), text(item, "startAfter"),
                            text(item, "endBefore"), text(item, "endAfter")));
                } else {
                    throw new IllegalArgumentException("expected a CSS string or a range object, got " + item);
                }
            } catch (IllegalArgumentException e) {
                throw new DeclarationException(location, "\"" + key + "\": " + e.getMessage());
            }
        }
        return out;
    }

    private static @Nullable String text(JsonNode object, String key) {
        JsonNode v = object.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static @Nullable Boolean booleanOrNull(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asBoolean();
    }

    private static List<String> filters(@Nullable JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            // A filter is a name, or {"name": {params}} in newer declarations.
            if (item.isString()) {
                out.add(item.asString());
            } else if (item.isObject() && !item.isEmpty()) {
                out.add(item.propertyNames().iterator().next());
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new DeclarationException(file.toString(), "cannot read file (" + e.getMessage() + ")");
        }
    }

    private static JsonNode parse(String json, String location) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new DeclarationException(location, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}

package org.fineprint.catalog;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue's JSON shape, shared by the bundled file and {@code fineprint cases --format json}:
 * an array of {@code {"id", "title", "topic", "sentiment", "severity", "description", "documents",
 * "maps": {"tosdr", "claudette", "opp115"}, "cues"}} objects, with an optional
 * {@code "evidence": {"words", "with", "without", "affirmative"}} object ({@code "with"} and
 * {@code "without"} optional; see {@link Evidence}).
 */
public final class CatalogJson {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> CASE_KEYS = Set.of("id", "title", "topic", "sentiment", "severity",
            "description", "documents", "maps", "cues", "evidence");
    private static final Set<String> MAPS_KEYS = Set.of("tosdr", "claudette", "opp115");

    private CatalogJson() {
    }

    /**
     * Writes cases as the contract's JSON array, fields in the contract's order.
     *
     * @param cases the cases to write, in order
     * @return indented JSON text ending without a newline
     */
    public static String write(List<Case> cases) {
        ArrayNode array = JSON.createArrayNode();
        for (Case c : cases) {
            array.add(toNode(c));
        }
        return JSON.writeValueAsString(array);
    }

    private static ObjectNode toNode(Case c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", c.id());
        node.put("title", c.title());
        node.put("topic", c.topic().id());
        node.put("sentiment", c.sentiment().id());
        node.put("severity", c.severity());
        node.put("description", c.description());
        ArrayNode documents = node.putArray("documents");
        c.documents().forEach(d -> documents.add(d.id()));
        ObjectNode maps = node.putObject("maps");
        ArrayNode tosdr = maps.putArray("tosdr");
        c.maps().tosdr().forEach(tosdr::add);
        ArrayNode claudette = maps.putArray("claudette");
        c.maps().claudette().forEach(claudette::add);
        ArrayNode opp115 = maps.putArray("opp115");
        c.maps().opp115().forEach(opp115::add);
        ArrayNode cues = node.putArray("cues");
        c.cues().forEach(cues::add);
        if (!c.evidence().equals(Evidence.ANY)) {
            ObjectNode evidence = node.putObject("evidence");
            ArrayNode words = evidence.putArray("words");
            c.evidence().words().forEach(words::add);
            if (!c.evidence().with().isEmpty()) {
                ArrayNode with = evidence.putArray("with");
                c.evidence().with().forEach(with::add);
            }
            if (!c.evidence().without().isEmpty()) {
                ArrayNode without = evidence.putArray("without");
                c.evidence().without().forEach(without::add);
            }
            evidence.put("affirmative", c.evidence().affirmative());
        }
        return node;
    }

    /** Parses and validates each case; catalogue-wide rules are {@link CaseCatalog}'s. */
    static List<Case> readCases(InputStream in, String location) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new CatalogException(location, null, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new CatalogException(location, null, "the catalogue must be a JSON array of cases");
        }
        List<Case> cases = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            cases.add(readCase(node, index++, location));
        }
        return cases;
    }

    private static Case readCase(JsonNode node, int index, String location) {
        if (!node.isObject()) {
            throw new CatalogException(location, null, "entry " + index + " is not a JSON object");
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isString() ? idNode.asString() : null;
        String label = id != null ? "case \"" + id + "\"" : "entry " + index;
        Field f = new Field(location, id, label);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!CASE_KEYS.contains(e.getKey())) {
                throw f.error("unknown field \"" + e.getKey() + "\" (allowed: " + String.join(", ", sorted(CASE_KEYS)) + ")");
            }
        }
        String idText = f.text(node, "id");
        String topicId = f.text(node, "topic");
        Topic topic = Topic.fromId(topicId)
                .orElseThrow(() -> f.error("unknown topic \"" + topicId + "\""));
        String sentimentId = f.text(node, "sentiment");
        Sentiment sentiment = Sentiment.fromId(sentimentId)
                .orElseThrow(() -> f.error("unknown sentiment \"" + sentimentId + "\" (positive, negative or neutral)"));
        JsonNode severity = node.get("severity");
        if (severity == null || !severity.isIntegralNumber()) {
            throw f.error("\"severity\" must be a whole number from 1 to 5");
        }
        List<DocumentType> documents = f.list(node, "documents", JsonNode::isString, n ->
                DocumentType.fromId(n.asString())
                        .orElseThrow(() -> f.error("unknown document type \"" + n.asString() + "\"")));
        JsonNode mapsNode = node.get("maps");
        if (mapsNode == null || !mapsNode.isObject()) {
            throw f.error("\"maps\" must be an object with \"tosdr\", \"claudette\" and \"opp115\" arrays");
        }
        for (Map.Entry<String, JsonNode> e : mapsNode.properties()) {
            if (!MAPS_KEYS.contains(e.getKey())) {
                throw f.error("unknown field \"maps." + e.getKey() + "\" (allowed: claudette, opp115, tosdr)");
            }
        }
        try {
            CaseMaps maps = new CaseMaps(
                    f.list(mapsNode, "tosdr", JsonNode::isIntegralNumber, JsonNode::asInt),
                    f.list(mapsNode, "claudette", JsonNode::isString, JsonNode::asString),
                    f.list(mapsNode, "opp115", JsonNode::isString, JsonNode::asString));
            return new Case(idText, f.text(node, "title"), topic, sentiment, severity.asInt(),
                    f.text(node, "description"), documents, maps,
                    f.list(node, "cues", JsonNode::isString, JsonNode::asString),
                    readEvidence(node.get("evidence"), f));
        } catch (IllegalArgumentException e) {
            String problem = e.getMessage();
            throw new CatalogException(location, id,
                    problem != null && problem.startsWith("case \"") ? problem : label + ": " + problem);
        }
    }

    private static Evidence readEvidence(@Nullable JsonNode node, Field f) {
        if (node == null) {
            return Evidence.ANY;
        }
        boolean shaped = node.isObject() && node.has("affirmative") && node.get("affirmative").isBoolean()
                && node.size() == 2 + (node.has("with") ? 1 : 0) + (node.has("without") ? 1 : 0);
        if (!shaped) {
            throw f.error("\"evidence\" must be an object with a \"words\" array, optionally \"with\" and"
                    + " \"without\" arrays, and an \"affirmative\" true or false");
        }
        return new Evidence(f.list(node, "words", JsonNode::isString, JsonNode::asString), optionalWords(node, "with", f),
                optionalWords(node, "without", f), node.get("affirmative").asBoolean());
    }

    private static List<String> optionalWords(JsonNode evidence, String key, Field f) {
        return evidence.has(key) ? f.list(evidence, key, JsonNode::isString, JsonNode::asString) : List.of();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    /** Reads the fields of one case and words errors with its label. */
    private record Field(String location, @Nullable String id, String label) {
        CatalogException error(String problem) {
            return new CatalogException(location, id, label + ": " + problem);
        }

        String text(JsonNode node, String key) {
            JsonNode v = node.get(key);
            if (v == null || !v.isString()) {
                throw error("\"" + key + "\" must be a string");
            }
            return v.asString();
        }

        <T> List<T> list(JsonNode node, String key, java.util.function.Predicate<JsonNode> accepts,
                         Function<JsonNode, T> convert) {
            JsonNode v = node.get(key);
            if (v == null || !v.isArray()) {
                throw error("\"" + key + "\" must be an array");
            }
            List<T> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!accepts.test(item)) {
                    throw error("\"" + key + "\" holds an item of the wrong type: " + item);
                }
                out.add(convert.apply(item));
            }
            return out;
        }
    }
}

package org.fineprint.analyze.llm;

import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The strict JSON schemas of the stages' answers, in the subset OpenAI's structured outputs
 * accept: every property required, no additional properties, enums for case ids and sentiments.
 * Answers are validated by {@link Answers} whatever the endpoint enforced.
 */
final class Schemas {
    /** What a point names when no catalogue case fits. */
    static final String OTHER = "other";

    private static final JsonNodeFactory NODES = JsonMapper.builder().build().getNodeFactory();

    private Schemas() {
    }

    static ObjectNode summary() {
        ObjectNode o = object();
        o.putObject("properties").set("bullets", array(string()));
        return required(o, "bullets");
    }

    static ObjectNode overview() {
        ObjectNode o = object();
        o.putObject("properties").set("overview", string());
        return required(o, "overview");
    }

    static ObjectNode points(CaseCatalog catalog) {
        ObjectNode point = object();
        ObjectNode props = point.putObject("properties");
        ObjectNode caseId = string();
        ArrayNode ids = caseId.putArray("enum");
        for (Case c : catalog.all()) {
            ids.add(c.id());
        }
        ids.add(OTHER);
        props.set("case", caseId);
        props.set("sentiment", sentiment());
        props.set("severity", severity());
        props.set("title", string());
        props.set("explanation", string());
        props.set("quotes", array(string()));
        props.set("confidence", NODES.objectNode().put("type", "number"));
        required(point, "case", "sentiment", "severity", "title", "explanation", "quotes", "confidence");
        ObjectNode root = object();
        root.putObject("properties").set("points", array(point));
        return required(root, "points");
    }

    static ObjectNode confirm() {
        ObjectNode decision = object();
        ObjectNode props = decision.putObject("properties");
        props.set("candidate", string());
        props.set("applies", NODES.objectNode().put("type", "boolean"));
        props.set("severity", severity());
        props.set("title", string());
        props.set("explanation", string());
        props.set("quote", string());
        required(decision, "candidate", "applies", "severity", "title", "explanation", "quote");
        ObjectNode root = object();
        root.putObject("properties").set("decisions", array(decision));
        return required(root, "decisions");
    }

    private static ObjectNode object() {
        ObjectNode o = NODES.objectNode();
        o.put("type", "object");
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode string() {
        return NODES.objectNode().put("type", "string");
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode a = NODES.objectNode().put("type", "array");
        a.set("items", items);
        return a;
    }

    private static ObjectNode sentiment() {
        ObjectNode s = string();
        s.putArray("enum").add("positive").add("negative").add("neutral");
        return s;
    }

    private static ObjectNode severity() {
        ObjectNode s = NODES.objectNode().put("type", "integer");
        s.putArray("enum").add(1).add(2).add(3).add(4).add(5);
        return s;
    }

    private static ObjectNode required(ObjectNode o, String... names) {
        ArrayNode r = o.putArray("required");
        for (String n : names) {
            r.add(n);
        }
        return o;
    }
}

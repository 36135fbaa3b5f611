package org.fineprint.report;

import java.util.ArrayList;
import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.rating.Contribution;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.catalog.Sentiment;
import org.fineprint.registry.DocumentType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes and reads reports as {@code fineprint.report/1} JSON, fields in the contract's order. */
public final class ReportJson {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {
    }

    /** The report as indented JSON. */
    public static String write(Report report) {
        return PRETTY.writeValueAsString(toJson(report));
    }

    /** The report as compact JSON (for storage). */
    public static String writeCompact(Report report) {
        return JSON.writeValueAsString(toJson(report));
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(Report report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", Report.SCHEMA);
        ObjectNode service = root.putObject("service");
        service.put("name", report.service().name());
        service.put("category", report.service().category());
        ObjectNode rating = root.putObject("rating");
        rating.put("stars", report.rating().stars());
        rating.put("label", report.rating().label());
        rating.put("score", report.rating().score());
        ArrayNode contributions = rating.putArray("contributions");
        for (Contribution c : report.rating().contributions()) {
            contributions.addObject().put("point", c.point()).put("delta", c.delta());
        }
        root.put("overview", report.overview());
        ArrayNode documents = root.putArray("documents");
        for (Report.Document d : report.documents()) {
            ObjectNode doc = documents.addObject();
            doc.put("id", d.id());
            doc.put("type", d.type().id());
            doc.put("title", d.title());
            doc.put("source", d.source());
            doc.put("language", d.language());
            doc.put("sha256", d.sha256());
            doc.put("chars", d.chars());
            ArrayNode summary = doc.putArray("summary");
            d.summary().forEach(summary::add);
        }
        ArrayNode points = root.putArray("points");
        for (Point p : report.points()) {
            ObjectNode point = points.addObject();
            point.put("case", p.caseId());
            point.put("title", p.title());
            point.put("sentiment", p.sentiment().id());
            point.put("severity", p.severity());
            point.put("document", p.document());
            point.put("explanation", p.explanation());
            ArrayNode quotes = point.putArray("quotes");
            for (Quote q : p.quotes()) {
                quotes.addObject().put("text", q.text()).put("start", q.start()).put("end", q.end());
            }
            point.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
        }
        ObjectNode analyzer = root.putObject("analyzer");
        analyzer.put("name", report.analyzer().name());
        analyzer.put("version", report.analyzer().version());
        analyzer.put("model", report.analyzer().model());
        Report.Grounding grounding = report.analyzer().grounding();
        if (grounding != null) {
            analyzer.put("quotes_dropped", grounding.quotesDropped());
            analyzer.put("points_dropped", grounding.pointsDropped());
        }
        Report.Usage usage = report.analyzer().usage();
        if (usage != null) {
            ObjectNode u = analyzer.putObject("usage");
            u.put("input_tokens", usage.inputTokens());
            u.put("output_tokens", usage.outputTokens());
            u.put("cost_usd", usage.costUsd() == null ? null : Math.round(usage.costUsd() * 1_000_000) / 1_000_000.0);
            u.put("calls", usage.calls());
            u.put("cached_calls", usage.cachedCalls());
        }
        root.put("elapsed_ms", report.elapsedMs());
        return root;
    }

    /**
     * Reads a report written by {@link #write}.
     *
     * @throws IllegalArgumentException when the JSON is not a {@code fineprint.report/1} report
     */
    public static Report read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a JSON report: " + e.getOriginalMessage(), e);
        }
        if (!Report.SCHEMA.equals(root.path("schema").asString(""))) {
            throw new IllegalArgumentException("not a " + Report.SCHEMA + " report");
        }
        JsonNode r = root.path("rating");
        List<Contribution> contributions = new ArrayList<>();
        for (JsonNode c : r.path("contributions")) {
            contributions.add(new Contribution(c.path("point").asInt(), c.path("delta").asDouble()));
        }
        Integer stars = r.path("stars").isNull() || r.path("stars").isMissingNode() ? null : r.path("stars").asInt();
        Rating rating = new Rating(stars, r.path("label").asString(), r.path("score").asDouble(), contributions);
        List<Report.Document> documents = new ArrayList<>();
        for (JsonNode d : root.path("documents")) {
            List<String> summary = new ArrayList<>();
            d.path("summary").forEach(s -> summary.add(s.asString()));
            documents.add(new Report.Document(d.path("id").asString(),
                    DocumentType.fromId(d.path("type").asString()).orElse(DocumentType.OTHER),
                    d.path("title").asString(), d.path("source").asString(), nullableText(d.path("language")),
                    d.path("sha256").asString(), d.path("chars").asInt(), summary));
        }
        List<Point> points = new ArrayList<>();
        for (JsonNode p : root.path("points")) {
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : p.path("quotes")) {
                quotes.add(new Quote(q.path("text").asString(), q.path("start").asInt(), q.path("end").asInt()));
            }
            points.add(new Point(p.path("case").asString(), p.path("title").asString(),
                    Sentiment.fromId(p.path("sentiment").asString()).orElse(Sentiment.NEUTRAL), p.path("severity").asInt(),
                    p.path("document").asString(), p.path("explanation").asString(), quotes,
                    p.path("confidence").asDouble()));
        }
        JsonNode a = root.path("analyzer");
        Report.Grounding grounding = a.has("quotes_dropped") || a.has("points_dropped")
                ? new Report.Grounding(a.path("quotes_dropped").asInt(), a.path("points_dropped").asInt()) : null;
        JsonNode u = a.path("usage");
        Report.Usage usage = u.isObject()
                ? new Report.Usage(u.path("input_tokens").asLong(), u.path("output_tokens").asLong(),
                        u.path("cost_usd").isNumber() ? u.path("cost_usd").asDouble() : null,
                        u.path("calls").asInt(), u.path("cached_calls").asInt())
                : null;
        return new Report(new Report.Service(root.path("service").path("name").asString(),
                nullableText(root.path("service").path("category"))), rating, root.path("overview").asString(""),
                documents, points, new Report.Analyzer(a.path("name").asString(), a.path("version").asString(),
                a.path("model").asString(), grounding, usage), root.path("elapsed_ms").asLong());
    }

    private static @org.jspecify.annotations.Nullable String nullableText(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}

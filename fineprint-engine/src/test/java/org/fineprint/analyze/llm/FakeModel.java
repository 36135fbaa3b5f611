package org.fineprint.analyze.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.CueMatcher;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A well-behaved stand-in for a model: answers every stage in the shape its schema asks for,
 * with English prose, and quotes whole sentences of the document part it was shown, copied
 * verbatim, for the catalogue cases whose cues they contain.
 */
final class FakeModel implements FakeLlmServer.Responder {
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern PART = Pattern.compile("This is part (\\d+) of (\\d+)");
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?s)<candidate id=\"(c\\d+)\" case=\"([^\"]+)\">\\nCase: [^\\n]*\\nPassage:\\n(.*?)\\n</candidate>");
    private static final Pattern BULLET = Pattern.compile("(?m)^- (.+)$");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final CaseCatalog catalog = CaseCatalog.builtIn();

    @Override
    public FakeLlmServer.Reply reply(FakeLlmServer.Call call, int n) {
        return FakeLlmServer.Reply.ok(call, answer(call));
    }

    /** The answer content for a call. */
    ObjectNode answer(FakeLlmServer.Call call) {
        ObjectNode root = JSON.createObjectNode();
        switch (call.stage()) {
            case "summary" -> {
                Matcher part = PART.matcher(call.user());
                boolean parts = part.find();
                String k = parts ? part.group(1) : "1";
                int count = parts ? 3 : 6;
                ArrayNode bullets = root.putArray("bullets");
                for (int i = 1; i <= count; i++) {
                    bullets.add("Summary bullet " + k + "." + i + " says what the terms mean in plain English.");
                }
            }
            case "summary-merge" -> {
                ArrayNode bullets = root.putArray("bullets");
                Matcher m = BULLET.matcher(call.user());
                while (m.find() && bullets.size() < 8) {
                    bullets.add("Merged: " + m.group(1));
                }
            }
            case "points" -> {
                ArrayNode points = root.putArray("points");
                for (Found f : casesIn(call.documentPart())) {
                    points.add(point(f.c().id(), f.c().sentiment().id(), f.c().severity(), f.sentence()));
                }
            }
            case "confirm" -> {
                ArrayNode decisions = root.putArray("decisions");
                Matcher m = CANDIDATE.matcher(call.user());
                while (m.find()) {
                    String passage = m.group(3);
                    decisions.addObject().put("candidate", m.group(1)).put("applies", true).put("severity", 3)
                            .put("title", "Confirmed: " + m.group(2)).put("explanation", "Why it matters to you.")
                            .put("quote", SENTENCE_END.split(passage.strip())[0]);
                }
            }
            case "overview" -> root.put("overview", "The service's terms take several rights from users. "
                    + "They also promise a few protections.");
            default -> throw new IllegalStateException("unknown stage " + call.stage());
        }
        return root;
    }

    static ObjectNode point(String caseId, String sentiment, int severity, String... quotes) {
        ObjectNode p = JSON.createObjectNode();
        p.put("case", caseId).put("sentiment", sentiment).put("severity", severity)
                .put("title", "Specific title for " + caseId)
                .put("explanation", "Why this matters to the user, in plain English.");
        ArrayNode q = p.putArray("quotes");
        for (String s : quotes) {
            q.add(s);
        }
        p.put("confidence", 0.9);
        return p;
    }

    record Found(Case c, String sentence) {
    }

    /** The first sentence for each case whose cues it contains, at most one per case. */
    List<Found> casesIn(String text) {
        List<Found> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String sentence : SENTENCE_END.split(text)) {
            String s = sentence.strip();
            if (s.length() < 20 || s.startsWith("#")) {
                continue;
            }
            for (Case c : catalog.all()) {
                if (!seen.contains(c.id()) && !CueMatcher.cuesIn(c, s).isEmpty()) {
                    seen.add(c.id());
                    found.add(new Found(c, s));
                    break;
                }
            }
        }
        return found;
    }
}

package org.fineprint.analyze.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the stages' answers into plain records, checking what the schema promises whether or not
 * the endpoint enforced it. Small slips that lose nothing are repaired (Markdown code fences,
 * text or a {@code <think>} block around the object, trailing commas, a number written as a
 * string); anything else is an {@link InvalidAnswerException} whose message tells the model what
 * to fix when it is asked again.
 */
final class Answers {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern THINK = Pattern.compile("(?s)<think>.*?</think>");
    private static final Pattern FENCE = Pattern.compile("(?s)^\\s*```[a-zA-Z]*\\s*(.*?)\\s*```\\s*$");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",(\\s*[}\\]])");

    private Answers() {
    }

    /** The answer was not usable; the message says why, for the re-ask and for the error. */
    static final class InvalidAnswerException extends Exception {
        InvalidAnswerException(String message) {
            super(message);
        }
    }

    /**
     * A point as the model gave it, before grounding.
     *
     * @param caseId a catalogue id or {@code other}
     * @param sentiment the sentiment named (used for {@code other} only)
     * @param severity 1-5
     * @param title the model's title (may be blank)
     * @param explanation the model's explanation (may be blank)
     * @param quotes the quotes as given, not yet located
     * @param confidence 0-1
     */
    record DraftPoint(String caseId, String sentiment, int severity, String title, String explanation,
                      List<String> quotes, double confidence) {
        DraftPoint {
            quotes = List.copyOf(quotes);
        }
    }

    /** A hybrid-mode decision on one candidate passage. */
    record Decision(String candidate, boolean applies, int severity, String title, String explanation, String quote) {
    }

    /** The bullets of a summary or summary-merge answer. */
    static List<String> bullets(String content) throws InvalidAnswerException {
        JsonNode root = object(content);
        JsonNode bullets = root.path("bullets");
        if (!bullets.isArray()) {
            throw new InvalidAnswerException("the object has no \"bullets\" array");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode b : bullets) {
            if (!b.isString()) {
                throw new InvalidAnswerException("\"bullets\" must hold strings only");
            }
            String text = stripBullet(b.asString());
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            throw new InvalidAnswerException("\"bullets\" is empty; give at least one bullet");
        }
        return out;
    }

    /** The overview paragraph. */
    static String overview(String content) throws InvalidAnswerException {
        JsonNode overview = object(content).path("overview");
        if (!overview.isString() || overview.asString().isBlank()) {
            throw new InvalidAnswerException("the object has no non-empty \"overview\" string");
        }
        return overview.asString().strip();
    }

    /** The points of a points answer. */
    static List<DraftPoint> points(String content) throws InvalidAnswerException {
        JsonNode points = object(content).path("points");
        if (!points.isArray()) {
            throw new InvalidAnswerException("the object has no \"points\" array");
        }
        List<DraftPoint> out = new ArrayList<>();
        for (JsonNode p : points) {
            if (!p.isObject()) {
                throw new InvalidAnswerException("\"points\" must hold objects only");
            }
            String caseId = text(p, "case");
            if (caseId.isEmpty()) {
                throw new InvalidAnswerException("a point has no \"case\"");
            }
            List<String> quotes = new ArrayList<>();
            JsonNode q = p.path("quotes");
            if (q.isString()) {
                quotes.add(q.asString());
            } else {
                for (JsonNode one : q) {
                    if (one.isString() && !one.asString().isBlank()) {
                        quotes.add(one.asString());
                    }
                }
            }
            out.add(new DraftPoint(caseId, text(p, "sentiment"), severity(p), text(p, "title"), text(p, "explanation"),
                    quotes, confidence(p)));
        }
        return out;
    }

    /** The decisions of a confirm answer. */
    static List<Decision> decisions(String content) throws InvalidAnswerException {
        JsonNode decisions = object(content).path("decisions");
        if (!decisions.isArray()) {
            throw new InvalidAnswerException("the object has no \"decisions\" array");
        }
        List<Decision> out = new ArrayList<>();
        for (JsonNode d : decisions) {
            String candidate = text(d, "candidate");
            JsonNode applies = d.path("applies");
            if (candidate.isEmpty() || !(applies.isBoolean() || applies.isString())) {
                throw new InvalidAnswerException("every decision needs \"candidate\" and a true or false \"applies\"");
            }
            boolean yes = applies.isBoolean() ? applies.asBoolean() : "true".equalsIgnoreCase(applies.asString().strip());
            out.add(new Decision(candidate, yes, severity(d), text(d, "title"), text(d, "explanation"), text(d, "quote")));
        }
        return out;
    }

    /** The answer as a JSON object, repaired if a small slip allows. */
    static JsonNode object(String content) throws InvalidAnswerException {
        String s = THINK.matcher(content).replaceAll("").strip();
        List<String> attempts = new ArrayList<>();
        attempts.add(s);
        var fence = FENCE.matcher(s);
        if (fence.matches()) {
            s = fence.group(1);
            attempts.add(s);
        }
        int open = s.indexOf('{');
        int close = s.lastIndexOf('}');
        if (open >= 0 && close > open) {
            s = s.substring(open, close + 1);
            attempts.add(s);
        }
        attempts.add(TRAILING_COMMA.matcher(s).replaceAll("$1"));
        String error = "it is not JSON";
        for (String attempt : attempts) {
            try {
                JsonNode node = JSON.readTree(attempt);
                if (node != null && node.isObject()) {
                    return node;
                }
                error = "it is JSON but not an object";
            } catch (JacksonException e) {
                error = "it is not valid JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ") + ")";
            }
        }
        throw new InvalidAnswerException(error);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() ? v.asString().strip() : "";
    }

    private static int severity(JsonNode node) {
        JsonNode v = node.path("severity");
        int s;
        if (v.isNumber()) {
            s = (int) Math.round(v.asDouble());
        } else if (v.isString()) {
            try {
                s = Integer.parseInt(v.asString().strip());
            } catch (NumberFormatException e) {
                s = 0;
            }
        } else {
            s = 0;
        }
        return s; // 0: not given; the caller falls back to the catalogue's severity
    }

    private static double confidence(JsonNode node) {
        JsonNode v = node.path("confidence");
        double c = v.isNumber() ? v.asDouble() : 0.5;
        if (c > 1 && c <= 100) {
            c = c / 100; // a percentage
        }
        return Math.max(0, Math.min(1, c));
    }

    private static String stripBullet(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '*' || t.charAt(0) == '\u2022')) {
            t = t.substring(1).strip();
        }
        return t;
    }
}

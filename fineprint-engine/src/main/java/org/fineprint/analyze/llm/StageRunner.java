package org.fineprint.analyze.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fineprint.analyze.AnalysisException;
import org.fineprint.analyze.llm.Answers.InvalidAnswerException;
import org.fineprint.archive.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one stage call for one analysis: answers from the cache when the same request was
 * answered before, else checks the budget, calls the model, validates the answer, asks once more
 * (showing the model its answer and what was wrong) when it is not usable, and caches the answer
 * that passed. Failures become {@link AnalysisException}s naming the service, document and stage.
 */
final class StageRunner {
    /** The most characters of a bad answer shown back to the model when asking again. */
    private static final int MAX_ECHO_CHARS = 20_000;

    private static final Logger log = LoggerFactory.getLogger(StageRunner.class);

    private final LlmSettings settings;
    private final OpenAiChatClient client;
    private final LlmCache cache;
    private final Meter meter;
    private final String service;

    /** Reads an answer's content into a value. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String content) throws InvalidAnswerException;
    }

    StageRunner(LlmSettings settings, OpenAiChatClient client, LlmCache cache, Meter meter, String service) {
        this.settings = settings;
        this.client = client;
        this.cache = cache;
        this.meter = meter;
        this.service = service;
    }

    /**
     * Runs a stage.
     *
     * @param stage the stage
     * @param system its system prompt
     * @param user the request
     * @param schema the answer's schema
     * @param parser reads and validates the answer
     * @param where names the document and part for messages, e.g. "document d0 part 2 of 5"
     * @return the parsed answer
     * @throws AnalysisException when the model cannot be reached, answers twice unusably, or the
     *     budget is exhausted
     */
    <T> T run(Stage stage, String system, String user, ObjectNode schema, Parser<T> parser, String where) {
        String at = stage.id() + " of " + where;
        CacheKey key = new CacheKey(stage.id(), String.valueOf(settings.model()), Prompts.VERSION,
                Hashes.sha256Hex(system + "\u0000" + user + "\u0000" + schema));
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) {
            try {
                T value = parser.parse(cached.get());
                meter.cached();
                log.debug("llm cache hit stage={} where=\"{}\"", stage.id(), where);
                return value;
            } catch (InvalidAnswerException e) {
                log.warn("llm cache entry unusable stage={} reason=\"{}\"; asking the model", stage.id(), e.getMessage());
            }
        }
        List<Message> messages = new ArrayList<>(List.of(Message.system(system), Message.user(user)));
        ChatAnswer first = call(stage, messages, schema, at);
        try {
            T value = parser.parse(first.content());
            cache.put(key, first.content());
            return value;
        } catch (InvalidAnswerException e) {
            String why = reason(first, e);
            log.warn("llm answer unusable stage={} where=\"{}\" reason=\"{}\"; asking again", stage.id(), where, why);
            String echo = first.content().length() > MAX_ECHO_CHARS ? first.content().substring(0, MAX_ECHO_CHARS)
                    : first.content();
            messages.add(Message.assistant(echo));
            messages.add(Message.user("Your answer could not be used: " + why + ". Answer again with only the JSON "
                    + "object of the shape required, and nothing else."));
        }
        ChatAnswer second = call(stage, messages, schema, at);
        try {
            T value = parser.parse(second.content());
            cache.put(key, second.content());
            return value;
        } catch (InvalidAnswerException e) {
            throw new AnalysisException(service, "the model's answer for " + at + " was unusable twice ("
                    + reason(second, e) + "); try a stronger model, or " + LlmSettings.ENV_RESPONSE_FORMAT
                    + "=json_schema if the endpoint supports it");
        }
    }

    private ChatAnswer call(Stage stage, List<Message> messages, ObjectNode schema, String at) {
        long estimate = messages.stream().mapToLong(m -> Tokens.estimate(m.content())).sum();
        meter.beforeCall(estimate, at);
        ChatAnswer answer;
        try {
            answer = client.complete(stage, messages, schema);
        } catch (LlmCallException e) {
            throw new AnalysisException(service, "the LLM call for " + at + " failed: " + e.getMessage(), e);
        }
        meter.record(answer, at);
        return answer;
    }

    private static String reason(ChatAnswer answer, InvalidAnswerException e) {
        return answer.truncated()
                ? e.getMessage() + "; the answer was cut off at the output limit, raise " + LlmSettings.ENV_MAX_OUTPUT_TOKENS
                : e.getMessage();
    }
}

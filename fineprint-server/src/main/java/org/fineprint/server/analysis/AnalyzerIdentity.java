package org.fineprint.server.analysis;

import org.jspecify.annotations.Nullable;

/**
 * Which analyser this process runs, as its reports will name it: an analysis made by another
 * analyser or model is out of date, so changing either (a new trained detector, another LLM)
 * re-analyses every service in the background.
 *
 * @param name the analyser's name ({@code local}, {@code llm})
 * @param model what it runs on, as reports name it; {@code null} when it is only known after a run
 *     (then only the name is compared)
 */
public record AnalyzerIdentity(String name, @Nullable String model) {

    /** True when an analysis made by {@code analyzer} on {@code model} is what this analyser would make. */
    public boolean made(String analyzer, @Nullable String model) {
        return name.equals(analyzer) && (this.model == null || this.model.equals(model));
    }
}

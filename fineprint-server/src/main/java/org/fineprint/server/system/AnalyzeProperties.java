package org.fineprint.server.system;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How services are analysed ({@code fineprint.analyze.*}).
 *
 * @param analyzer {@code local} (the built-in analyser, offline, the default) or {@code llm} (an
 *     OpenAI-compatible endpoint configured by the {@code FINEPRINT_LLM_*} environment variables; see
 *     {@code docs/llm.md})
 */
@ConfigurationProperties("fineprint.analyze")
public record AnalyzeProperties(@DefaultValue("local") String analyzer) {
    /** The analysers one can choose. */
    public static final Set<String> ANALYZERS = Set.of("local", "llm");

    public AnalyzeProperties {
        if (!ANALYZERS.contains(analyzer)) {
            throw new IllegalArgumentException("fineprint.analyze.analyzer must be local or llm, got " + analyzer);
        }
    }
}

package org.fineprint.server.analysis;

import org.fineprint.analyze.Analyzer;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.analyze.llm.LlmAnalyzer;
import org.fineprint.analyze.llm.LlmSettings;
import org.fineprint.server.system.AnalyzeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's analyser chosen by {@code fineprint.analyze.analyzer}. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {
    private static final Logger log = LoggerFactory.getLogger(AnalysisConfiguration.class);

    /** The built-in analyser: the analyser for {@code local}, the fallback for any other. */
    @Bean
    BuiltInAnalyzer builtInAnalyzer() {
        return BuiltInAnalyzer.shipped();
    }

    /**
     * {@code local}: the built-in analyser; {@code llm}: the LLM analyser on the endpoint given by the
     * {@code FINEPRINT_LLM_*} environment variables, with the built-in detector proposing passages.
     */
    @Bean
    @ConditionalOnMissingBean(Analyzer.class)
    Analyzer analyzer(AnalyzeProperties properties, BuiltInAnalyzer builtIn) {
        LocalAnalyzer local = builtIn.analyzer();
        if (properties.analyzer().equals(LlmAnalyzer.NAME)) {
            LlmSettings settings = LlmSettings.fromEnvironment(System.getenv()).requireConfigured();
            log.info("analyser=llm settings={}", settings);
            return LlmAnalyzer.create(settings, local.detector());
        }
        return local;
    }

    /** The configured analyser's name and, for the built-in one, its detector's model. */
    @Bean
    @ConditionalOnMissingBean(AnalyzerIdentity.class)
    AnalyzerIdentity analyzerIdentity(Analyzer analyzer, AnalyzeProperties properties) {
        return analyzer instanceof LocalAnalyzer local
                ? new AnalyzerIdentity(LocalAnalyzer.NAME, local.detector().modelName())
                : new AnalyzerIdentity(properties.analyzer(), null);
    }
}

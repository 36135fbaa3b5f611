package org.fineprint.server.analysis;

import org.fineprint.analyze.LocalAnalyzer;

/**
 * The engine's built-in analyser with its identity: the analyser itself when
 * {@code fineprint.analyze.analyzer=local}, and the fallback when another analyser fails for a
 * service that has no analysis of its own published. Not an {@link org.fineprint.analyze.Analyzer}
 * bean, so it never stands in for the configured one.
 *
 * @param analyzer the built-in analyser
 */
public record BuiltInAnalyzer(LocalAnalyzer analyzer) {

    /** The built-in analyser with the detector shipped in the engine. */
    public static BuiltInAnalyzer shipped() {
        return new BuiltInAnalyzer(LocalAnalyzer.builtIn());
    }

    /** Its name ({@code local}) and its detector's model, as its reports name them. */
    public AnalyzerIdentity identity() {
        return new AnalyzerIdentity(LocalAnalyzer.NAME, analyzer.detector().modelName());
    }
}

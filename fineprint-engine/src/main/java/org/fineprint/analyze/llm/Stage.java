package org.fineprint.analyze.llm;

/**
 * One step of the LLM pipeline. Each has a fixed system prompt ({@link Prompts}) and a strict JSON
 * schema ({@link Schemas}) named {@link #schemaName()}; the prompt's first line names the stage
 * too ({@code Stage: points}), so a proxy or a test can tell the calls apart.
 */
enum Stage {
    /** Bullet summary of a document, or of one part of a long one. */
    SUMMARY("summary"),
    /** Bullets of all parts of a long document condensed into one summary. */
    SUMMARY_MERGE("summary-merge"),
    /** Points of interest read from a document, or one part of it (full mode). */
    POINTS("points"),
    /** Candidate passages of the built-in detector confirmed or rejected (hybrid mode). */
    CONFIRM("confirm"),
    /** The service's overview paragraph. */
    OVERVIEW("overview");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The stage's name in prompts, cache keys and logs, e.g. {@code summary-merge}. */
    String id() {
        return id;
    }

    /** The name of the stage's JSON schema, e.g. {@code fineprint_summary_merge}. */
    String schemaName() {
        return "fineprint_" + id.replace('-', '_');
    }
}

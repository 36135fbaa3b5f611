package org.fineprint.analyze.llm;

/**
 * What the endpoint answered to one call.
 *
 * @param content the message text (expected to be JSON)
 * @param inputTokens prompt tokens as reported, or estimated when the endpoint reports none
 * @param outputTokens completion tokens as reported, or estimated
 * @param truncated true when the answer stopped at the output token limit
 */
record ChatAnswer(String content, long inputTokens, long outputTokens, boolean truncated) {
}

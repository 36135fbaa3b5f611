package org.fineprint.analyze.rating;

/**
 * How much one point moved the score.
 *
 * @param point index of the point in the report's {@code points}
 * @param delta its share of the score (negative points lower it)
 */
public record Contribution(int point, double delta) {
}

package org.fineprint.server.publish.web;

import java.util.Locale;
import org.fineprint.analyze.rating.Rating;
import org.jspecify.annotations.Nullable;

/**
 * A rating as pages show it.
 *
 * @param stars 1-5, or null for "Not enough information"
 * @param label the contract's label for the stars
 * @param score the score the stars come from
 * @param glyphs five star characters, filled then empty ({@code ★★☆☆☆}); empty when not rated
 * @param spoken what a screen reader says, e.g. "2 out of 5 stars"
 */
record RatingView(@Nullable Integer stars, String label, double score, String glyphs, String spoken) {

    static RatingView of(Rating rating) {
        Integer stars = rating.stars();
        String glyphs = stars == null ? "" : "★".repeat(stars) + "☆".repeat(5 - stars);
        String spoken = stars == null ? "Not rated" : stars + " out of 5 stars";
        return new RatingView(stars, rating.label(), rating.score(), glyphs, spoken);
    }

    /** The score with its sign, e.g. "−0.41" or "+0.12". */
    public String scoreText() {
        return signed(score);
    }

    /** A CSS class for the colour: {@code stars-1} … {@code stars-5}, or {@code stars-none}. */
    public String css() {
        return stars == null ? "stars-none" : "stars-" + stars;
    }

    /** A number with an explicit sign and a true minus sign, 2 or 3 decimals as needed. */
    static String signed(double value) {
        String digits = String.format(Locale.ROOT, "%.3f", Math.abs(value)).replaceAll("0$", "");
        return (value < 0 ? "\u2212" : value > 0 ? "+" : "\u00b1") + digits;
    }
}

package org.fineprint.analyze.rating;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service's rating: stars 1-5 (or {@code null} when the documents do not support one), the
 * fixed label for those stars, the score, and the contributions that add up to it.
 */
public record Rating(@Nullable Integer stars, String label, double score, List<Contribution> contributions) {
    public static final String NOT_ENOUGH_INFORMATION = "Not enough information";

    public Rating {
        contributions = List.copyOf(contributions);
        if (stars != null && (stars < 1 || stars > 5)) {
            throw new IllegalArgumentException("stars must be 1-5, got " + stars);
        }
    }

    /** The contract's label for a number of stars. */
    public static String label(@Nullable Integer stars) {
        if (stars == null) {
            return NOT_ENOUGH_INFORMATION;
        }
        return switch (stars) {
            case 5 -> "Excellent for users";
            case 4 -> "Good for users";
            case 3 -> "Average for users";
            case 2 -> "Below average for users";
            case 1 -> "Poor for users";
            default -> throw new IllegalArgumentException("stars must be 1-5, got " + stars);
        };
    }
}

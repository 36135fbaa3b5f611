package org.fineprint.analyze.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.catalog.Sentiment;

/**
 * Writes a report's overview: two or three sentences that give the verdict and name the
 * strongest negatives and positives, in plain words, from the points and the rating only.
 */
public final class OverviewWriter {
    private static final int NAMED_NEGATIVES = 3;
    private static final int NAMED_POSITIVES = 2;

    /**
     * Writes the overview.
     *
     * @param service the service's name
     * @param rating its rating
     * @param points its points in report order
     * @return two or three sentences
     */
    public String write(String service, Rating rating, List<Point> points) {
        List<String> sentences = new ArrayList<>();
        if (rating.stars() == null) {
            sentences.add("There is not enough in " + possessive(service)
                    + " documents to rate them: too few clauses that matter to users were found.");
        } else {
            sentences.add(possessive(service) + " terms are " + verdict(rating.stars()) + " ("
                    + rating.stars() + " of 5 stars).");
        }
        List<String> negatives = strongest(points, Sentiment.NEGATIVE, NAMED_NEGATIVES);
        List<String> positives = strongest(points, Sentiment.POSITIVE, NAMED_POSITIVES);
        if (!negatives.isEmpty()) {
            sentences.add((negatives.size() == 1 ? "The main concern: " : "The main concerns: ") + list(negatives) + ".");
        }
        if (!positives.isEmpty()) {
            sentences.add("On the plus side: " + list(positives) + ".");
        } else if (!negatives.isEmpty()) {
            sentences.add("No clearly user-friendly commitments were found.");
        }
        if (negatives.isEmpty() && positives.isEmpty()) {
            sentences.add("No clauses that clearly help or harm users were found.");
        }
        return String.join(" ", sentences);
    }

    private static String verdict(int stars) {
        return Rating.label(stars).toLowerCase(Locale.ROOT).replace(" for users", " for users");
    }

    /** Titles of the most severe points of one sentiment, without repeats. */
    private static List<String> strongest(List<Point> points, Sentiment sentiment, int limit) {
        Set<String> titles = new LinkedHashSet<>();
        points.stream()
                .filter(p -> p.sentiment() == sentiment)
                .sorted(Comparator.comparingInt((Point p) -> -p.severity()).thenComparingDouble(p -> -p.confidence()))
                .map(p -> lowerFirst(p.title()))
                .forEach(t -> {
                    if (titles.size() < limit) {
                        titles.add(t);
                    }
                });
        return List.copyOf(titles);
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join("; ", items.subList(0, items.size() - 1)) + "; and " + items.getLast();
    }

    /** Lower-cases the first letter unless the first word is an acronym or a name ("AI", "HKIAC"). */
    static String lowerFirst(String title) {
        String t = title.strip().replaceAll("[.]+$", "");
        if (t.length() < 2 || Character.isUpperCase(t.charAt(1)) || !Character.isUpperCase(t.charAt(0))) {
            return t;
        }
        String firstWord = t.split("\\s+")[0];
        if (firstWord.length() > 1 && firstWord.chars().skip(1).anyMatch(Character::isUpperCase)) {
            return t;
        }
        return Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "’" : name + "’s";
    }
}

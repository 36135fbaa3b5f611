package org.fineprint.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a clause must say to be a point's main evidence for a case, whatever a classifier scores
 * it: a point never rests on a clause that does not mention what its title is about.
 *
 * @param words lower-case word beginnings of which the clause must contain at least one, the
 *     case's subject ("arbitra" matches "arbitration" and "arbitrator"); empty when any clause will do
 * @param with word beginnings of which the clause must also contain one, when the subject alone is
 *     not the case ("messag" and "read", "scan", "review" for "the provider can read your messages");
 *     empty when the subject is enough
 * @param without word beginnings that mark another matter using the same words ("merger" for "may
 *     sell your data", which is not about selling the company): a clause with one of them is no
 *     evidence; usually empty
 * @param affirmative whether the case says the provider does something ("may sell your data"), so
 *     a sentence that denies it ("we do not sell") is no evidence: at least one sentence must have
 *     a subject word and no negation
 */
public record Evidence(List<String> words, List<String> with, List<String> without, boolean affirmative) {
    /** No requirement: any clause can be evidence. */
    public static final Evidence ANY = new Evidence(List.of(), List.of(), List.of(), false);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");
    private static final Pattern NEGATION = Pattern.compile("\\b(not|never|neither|nor|cannot)\\b|n't\\b");

    public Evidence {
        words = List.copyOf(words);
        with = List.copyOf(with);
        without = List.copyOf(without);
        requireWords(words);
        requireWords(with);
        requireWords(without);
    }

    private static void requireWords(List<String> words) {
        Set<String> seen = new HashSet<>();
        for (String word : words) {
            if (word.isBlank() || !word.equals(word.strip()) || !word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("evidence word \"" + word + "\" must be lower-case text without surrounding spaces");
            }
            if (!seen.add(word)) {
                throw new IllegalArgumentException("evidence word \"" + word + "\" is listed twice");
            }
        }
    }

    /**
     * Whether a clause can be the main evidence.
     *
     * @param normalizedClause the clause's plain text after {@link CueMatcher#normalize(String)}
     * @return true when some sentence of it mentions the subject (and, for an affirmative case,
     *     does not deny it), and the clause has none of the {@code without} words
     */
    public boolean supports(String normalizedClause) {
        if (!without.isEmpty() && startsAWord(normalizedClause, without)) {
            return false;
        }
        if (!affirmative) {
            return mentions(normalizedClause);
        }
        for (String sentence : SENTENCE_END.split(normalizedClause)) {
            if (mentions(sentence) && !NEGATION.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean mentions(String text) {
        return startsAWord(text, words) && startsAWord(text, with);
    }

    /** Whether one of {@code beginnings} begins a word of the text (true when there are none). */
    private static boolean startsAWord(String text, List<String> beginnings) {
        return beginnings.isEmpty() || beginnings.stream().anyMatch(b -> CueMatcher.beginsAWord(text, b));
    }
}

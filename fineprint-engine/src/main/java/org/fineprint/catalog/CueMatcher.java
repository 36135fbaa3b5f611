package org.fineprint.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a case's cues are found in text: both sides lower-cased, typographic apostrophes and
 * quotes made plain, runs of white space made one space, and a cue matches only as whole words
 * (no letter or digit right before or after it). So {@code "as is"} matches "provided AS IS" but
 * not "has issues".
 */
public final class CueMatcher {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private CueMatcher() {
    }

    /**
     * Prepares text for {@link #contains(String, String)}; do it once per text.
     *
     * @param text any text, such as a clause or a whole document
     * @return the text lower-cased with plain apostrophes and quotes and single spaces
     */
    public static String normalize(String text) {
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u00a0', ' ');
        return SPACE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /**
     * Whether a cue occurs as whole words in normalised text.
     *
     * @param normalizedText text returned by {@link #normalize(String)}
     * @param cue a catalogue cue (already lower-case)
     * @return true when the cue occurs with no letter or digit touching either end
     */
    public static boolean contains(String normalizedText, String cue) {
        return occurs(normalizedText, cue, true);
    }

    /**
     * Whether a word beginning occurs at the start of a word of normalised text: {@code "messag"}
     * in "your messages" but not in "submessage".
     *
     * @param normalizedText text returned by {@link #normalize(String)}
     * @param beginning lower-case text, such as an evidence word
     * @return true when it occurs with no letter or digit right before it
     */
    public static boolean beginsAWord(String normalizedText, String beginning) {
        return occurs(normalizedText, beginning, false);
    }

    private static boolean occurs(String text, String phrase, boolean wholeWords) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (!wholeWords || end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cues of a case that occur in a text.
     *
     * @param c the case
     * @param text raw text; it is normalised here
     * @return the matching cues in the case's order; empty when none matches
     */
    public static List<String> cuesIn(Case c, String text) {
        String normalized = normalize(text);
        List<String> found = new ArrayList<>();
        for (String cue : c.cues()) {
            if (contains(normalized, cue)) {
                found.add(cue);
            }
        }
        return List.copyOf(found);
    }
}

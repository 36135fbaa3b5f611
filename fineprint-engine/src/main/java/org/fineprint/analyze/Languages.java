package org.fineprint.analyze;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Guesses a document's language from its commonest function words. Good enough to tell the
 * languages legal documents of online services come in apart; not a general language identifier.
 */
public final class Languages {
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "you", "your", "we", "our", "that", "with", "for", "are", "this",
                    "or", "is", "by", "any", "not", "may", "will"),
            "fr", Set.of("le", "la", "les", "des", "et", "vous", "vos", "nous", "est", "une", "dans", "pour", "sur",
                    "qui", "du", "au", "pas", "sont", "avec", "votre"),
            "de", Set.of("der", "die", "das", "und", "sie", "ihre", "wir", "nicht", "mit", "von", "zu", "ist", "den",
                    "dem", "des", "auf", "oder", "eine", "für", "werden"),
            "es", Set.of("el", "los", "las", "y", "de", "usted", "su", "sus", "nosotros", "que", "con", "por", "para",
                    "una", "del", "se", "no", "es", "como", "datos"),
            "it", Set.of("il", "di", "che", "e", "la", "per", "gli", "delle", "dei", "con", "sono", "una", "non",
                    "del", "della", "tuoi", "nostri", "questo", "alla", "utente"),
            "pt", Set.of("o", "os", "as", "e", "de", "do", "da", "dos", "das", "você", "seus", "suas", "nós", "que",
                    "com", "para", "não", "uma", "pelo", "pela"),
            "nl", Set.of("de", "het", "een", "en", "van", "je", "jouw", "uw", "wij", "ons", "niet", "met", "voor",
                    "op", "zijn", "dat", "die", "worden", "wordt", "deze"),
            "pl", Set.of("i", "w", "z", "na", "do", "nie", "się", "jest", "oraz", "lub", "przez", "dla", "że", "od",
                    "jak", "są", "twoje", "użytkownik", "danych", "które"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Words read; enough for a confident guess, cheap on long documents. */
    private static final int SAMPLE_WORDS = 4000;

    private Languages() {
    }

    /**
     * Guesses the language of a text.
     *
     * @return an ISO 639-1 code ({@code en}, {@code fr}, …), or {@code null} when the text has too
     *     few known words to tell
     */
    public static @Nullable String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        Matcher m = WORD.matcher(text);
        int words = 0;
        while (m.find() && words < SAMPLE_WORDS) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            STOP_WORDS.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits || (e.getValue() == bestHits && "en".equals(e.getKey()))) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits >= 5 && bestHits >= words * 0.08 ? best : null;
    }

    /** The English name of a language code, for messages. */
    public static String name(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }
}

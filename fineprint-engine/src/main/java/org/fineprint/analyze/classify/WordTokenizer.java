package org.fineprint.analyze.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into lower-case word and number tokens for lexical features.
 *
 * <p>The tokens are the same for a sentence as written ({@code You cannot sue us (see 9.1).}) and
 * for its Penn-Treebank form as distributed in LexGLUE ({@code you can not sue us -lrb- see 9.1
 * -rrb- .}): bracket tokens such as {@code -lrb-} are dropped, {@code n't} becomes {@code not},
 * {@code cannot} becomes {@code can not}, and every character that is neither a letter nor a digit
 * separates tokens, as does a switch between letters and digits ({@code 10:00am} gives {@code 10},
 * {@code 00}, {@code am}). Stateless and thread-safe.
 */
public final class WordTokenizer {
    private static final Pattern PTB_BRACKETS = Pattern.compile("-(?:lrb|rrb|lsb|rsb|lcb|rcb)-");
    private static final Pattern NEGATION_CLITIC = Pattern.compile("n['’]t\\b");
    private static final Pattern CANNOT = Pattern.compile("\\bcannot\\b");

    private WordTokenizer() {
    }

    /**
     * Tokenizes one text.
     *
     * @param text a sentence or clause, original or LexGLUE-tokenised
     * @return the lower-case word and number tokens in order; empty when the text has none
     */
    public static List<String> tokens(String text) {
        String s = normalize(text);
        List<String> tokens = new ArrayList<>(s.length() / 5 + 1);
        int start = -1;
        int kind = 0; // 0 none, 1 letters, 2 digits
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
            if (k != kind) {
                if (kind != 0) {
                    tokens.add(s.substring(start, i));
                }
                start = i;
                kind = k;
            }
        }
        if (kind != 0) {
            tokens.add(s.substring(start));
        }
        return tokens;
    }

    private static String normalize(String text) {
        String s = text;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('-') >= 0) {
            s = PTB_BRACKETS.matcher(s).replaceAll(" ");
        }
        if (s.indexOf("n't") >= 0 || s.indexOf("n’t") >= 0) {
            s = NEGATION_CLITIC.matcher(s).replaceAll(" not");
        }
        if (s.contains("cannot")) {
            s = CANNOT.matcher(s).replaceAll("can not");
        }
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}

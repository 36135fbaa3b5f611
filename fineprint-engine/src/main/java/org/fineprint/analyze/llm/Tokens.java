package org.fineprint.analyze.llm;

/**
 * Estimates token counts before a call (for budgets and for cutting long documents), and when an
 * endpoint reports no usage. About four characters a token for alphabetic scripts, one a token
 * for Chinese, Japanese and Korean characters: close enough for common tokenizers, on the
 * generous side.
 */
final class Tokens {
    /** Characters of alphabetic text per token. */
    static final double CHARS_PER_TOKEN = 4.0;

    private Tokens() {
    }

    /** The estimated tokens of a text. */
    static long estimate(CharSequence s) {
        return Math.round(Math.ceil(weight(s, 0, s.length())));
    }

    /** The estimated tokens of {@code s[from, to)}, unrounded. */
    static double weight(CharSequence s, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            w += weight(s.charAt(i));
        }
        return w;
    }

    /** The token weight of one UTF-16 unit. */
    static double weight(char c) {
        if (c >= '\u2e80' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af' || c >= '\uf900' && c <= '\ufaff') {
            return 1.0; // CJK ideographs, kana, Hangul
        }
        return 1.0 / CHARS_PER_TOKEN;
    }
}

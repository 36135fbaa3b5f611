package org.fineprint.analyze.classify;

/**
 * How a {@link TfidfVectorizer} turns tokens into terms and which terms it keeps.
 *
 * @param maxWordNgram longest word n-gram (1 = words only, 2 = words and word pairs)
 * @param minCharNgram shortest character n-gram taken inside each word (padded with {@code <} and
 *     {@code >}); ignored when {@code maxCharNgram} is 0
 * @param maxCharNgram longest character n-gram inside words; 0 for none
 * @param minDf a term must occur in at least this many training texts
 * @param maxFeatures at most this many terms are kept, the most frequent by document frequency
 * @param sublinearTf use {@code 1 + ln(tf)} instead of the raw term count
 */
public record TfidfSettings(int maxWordNgram, int minCharNgram, int maxCharNgram, int minDf, int maxFeatures,
        boolean sublinearTf) {

    /** Words and word pairs seen in at least two texts, at most 60,000 terms, sublinear counts. */
    public static final TfidfSettings DEFAULT = new TfidfSettings(2, 0, 0, 2, 60_000, true);

    public TfidfSettings {
        if (maxWordNgram < 1) {
            throw new IllegalArgumentException("maxWordNgram must be at least 1");
        }
        if (maxCharNgram != 0 && (minCharNgram < 1 || minCharNgram > maxCharNgram)) {
            throw new IllegalArgumentException("character n-gram range is empty");
        }
        if (minDf < 1 || maxFeatures < 1) {
            throw new IllegalArgumentException("minDf and maxFeatures must be positive");
        }
    }
}

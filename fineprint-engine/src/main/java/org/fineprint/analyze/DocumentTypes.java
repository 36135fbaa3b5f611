package org.fineprint.analyze;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fineprint.registry.DocumentType;

/**
 * Guesses what kind of legal document a text is, from its file name, its title lines and the
 * words it uses most. Used when {@code fineprint analyze} gets a source without a {@code type=}
 * prefix.
 */
public final class DocumentTypes {
    private static final Map<DocumentType, Pattern> TITLE_WORDS = new EnumMap<>(Map.of(
            DocumentType.PRIVACY, Pattern.compile("privacy|data protection|personal (?:data|information)|datenschutz|confidentialit"),
            DocumentType.COOKIES, Pattern.compile("cookie|tracker|tracking technolog"),
            DocumentType.COMMUNITY, Pattern.compile("community (?:guidelines|standards|rules)|code of conduct"),
            DocumentType.ACCEPTABLE_USE, Pattern.compile("acceptable use|usage polic|prohibited use|use polic"),
            DocumentType.COPYRIGHT, Pattern.compile("copyright|dmca|intellectual property polic"),
            DocumentType.SALE, Pattern.compile("conditions of sale|terms of sale|purchase terms|conditions of carriage|refund polic"),
            DocumentType.TERMS, Pattern.compile("terms|conditions|agreement|user agreement|conditions d'utilisation|nutzungsbedingungen")));
    private static final Map<DocumentType, List<String>> BODY_WORDS = new EnumMap<>(Map.of(
            DocumentType.PRIVACY, List.of("personal data", "personal information", "data controller", "we collect",
                    "processing", "retention", "your rights"),
            DocumentType.COOKIES, List.of("cookie", "cookies", "pixel", "local storage", "tracking technologies"),
            DocumentType.TERMS, List.of("you agree", "liability", "terminate", "governing law", "warrant",
                    "indemnify", "agreement")));

    private DocumentTypes() {
    }

    /**
     * Guesses the type of a document.
     *
     * @param name a file name or URL (may be empty); its words count first
     * @param text the extracted text
     * @return the most likely type; {@link DocumentType#TERMS} when nothing points elsewhere
     */
    public static DocumentType guess(String name, String text) {
        String lowerName = name.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (DocumentType type : List.of(DocumentType.COOKIES, DocumentType.PRIVACY, DocumentType.COMMUNITY,
                DocumentType.ACCEPTABLE_USE, DocumentType.COPYRIGHT, DocumentType.SALE)) {
            if (TITLE_WORDS.get(type).matcher(lowerName).find()) {
                return type;
            }
        }
        String head = title(text);
        for (DocumentType type : List.of(DocumentType.COOKIES, DocumentType.PRIVACY, DocumentType.COMMUNITY,
                DocumentType.ACCEPTABLE_USE, DocumentType.COPYRIGHT, DocumentType.SALE, DocumentType.TERMS)) {
            if (TITLE_WORDS.get(type).matcher(head).find()) {
                return type;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        DocumentType best = DocumentType.TERMS;
        double bestScore = 0;
        for (Map.Entry<DocumentType, List<String>> e : BODY_WORDS.entrySet()) {
            double score = 0;
            for (String word : e.getValue()) {
                score += count(lower, word);
            }
            score /= e.getValue().size();
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** The first few short lines, where a document names itself. */
    private static String title(String text) {
        StringBuilder head = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\n", 40)) {
            String t = line.strip();
            if (t.isEmpty() || t.length() > 120 || t.startsWith("![") || t.startsWith("[")) {
                continue;
            }
            head.append(t.toLowerCase(Locale.ROOT)).append('\n');
            if (++lines == 2) {
                break;
            }
        }
        return head.toString();
    }

    private static int count(String text, String word) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

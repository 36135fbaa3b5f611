package org.fineprint.analyze.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the model's prose about the document, not about what it was shown: a reader of a report
 * must never meet "this excerpt", "the provided text" or "chunk". Phrases that name what the
 * model saw are rewritten to "the document"; a sentence that still gives the reading away is
 * removed. Pure.
 */
final class ProseGuard {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Phrases that stand for the document, rewritten to "the document". */
    private static final Pattern DOCUMENT_PHRASE = Pattern.compile(
            "\\b(?:this|the|that|these)\\s+(?:provided\\s+|given\\s+|above\\s+|supplied\\s+)?"
            + "(?:excerpts?|passages?|snippets?|fragments?|chunks?|portions?\\s+of\\s+(?:the\\s+)?(?:document|text)"
            + "|parts?\\s+of\\s+(?:the\\s+)?(?:document|text)|sections?\\s+provided|text\\s+(?:provided|given|above|shown)"
            + "|provided\\s+(?:text|document|section|content))\\b"
            + "|\\bthe\\s+(?:provided|given|supplied)\\s+(?:text|document|section|content)\\b"
            + "|\\b(?:the\\s+)?text\\s+(?:provided|above)\\b",
            FLAGS);
    /** What may not remain once the phrases are rewritten. */
    private static final Pattern GIVEAWAY = Pattern.compile(
            "\\bexcerpts?\\b|\\bchunks?\\b|\\bsnippets?\\b|\\bprovided\\s+(?:text|document|section|content)\\b"
            + "|\\bsections?\\s+provided\\b|\\bpassages?\\b|\\btext\\s+(?:provided|above|shown)\\b"
            + "|\\b(?:this|the)\\s+part\\s+of\\s+the\\s+document\\b|\\bpart\\s+\\d+\\s+of\\s+\\d+\\b",
            FLAGS);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[\"'”’)]*|$)\\s*");

    private ProseGuard() {
    }

    /** True when the text gives away that the model saw only part of a document. */
    static boolean mentionsReading(String text) {
        return GIVEAWAY.matcher(text).find() || DOCUMENT_PHRASE.matcher(text).find();
    }

    /**
     * Rewrites prose so it speaks of the document.
     *
     * @param text a title, bullet, explanation or overview
     * @return the text, rewritten; empty when nothing is left once giveaway sentences are removed
     */
    static Optional<String> clean(String text) {
        if (!mentionsReading(text)) {
            return Optional.of(text);
        }
        Matcher m = DOCUMENT_PHRASE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean capital = Character.isUpperCase(m.group().charAt(0));
            m.appendReplacement(out, capital ? "The document" : "the document");
        }
        m.appendTail(out);
        String rewritten = out.toString();
        if (!GIVEAWAY.matcher(rewritten).find()) {
            return Optional.of(rewritten.strip());
        }
        List<String> kept = new ArrayList<>();
        Matcher s = SENTENCE.matcher(rewritten);
        while (s.find()) {
            String sentence = s.group().strip();
            if (!sentence.isEmpty() && !GIVEAWAY.matcher(sentence).find()) {
                kept.add(sentence);
            }
        }
        String joined = String.join(" ", kept).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }
}

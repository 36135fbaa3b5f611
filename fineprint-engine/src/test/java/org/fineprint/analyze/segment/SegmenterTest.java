package org.fineprint.analyze.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private List<String> texts(String text) {
        return segmenter.segment(text).stream().map(c -> c.text(text)).toList();
    }

    @Test
    void everyClauseIsAVerbatimSpanOfTheText() {
        String text = "# Terms\n\n1. ACCEPTANCE OF TERMS\n\n1.1 Welcome. You agree to these terms by using the "
                + "Service. We may change them.\n\n- First item; with more.\n- Second item 😀 here.\n\n| a | b |\n|---|---|\n| x | y |\n";
        for (Clause c : segmenter.segment(text)) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text(text));
            assertThat(c.text(text)).isEqualTo(c.text(text).strip());
        }
    }

    @Test
    void splitsParagraphsIntoSentencesButNotAtAbbreviations() {
        assertThat(texts("We are Example Inc. and we operate in the U.S. market. You must be 18, e.g. an adult. Fine!"))
                .containsExactly("We are Example Inc. and we operate in the U.S. market.",
                        "You must be 18, e.g. an adult.", "Fine!");
        assertThat(texts("Personal information (Cal. Civ. Code § 1798.80(e)), such as your name. Next one."))
                .containsExactly("Personal information (Cal. Civ. Code § 1798.80(e)), such as your name.", "Next one.");
    }

    @Test
    void keepsMarkdownHeadingsAsHeadingClausesAndTracksTheSection() {
        String text = "## 5. Governing law\n\nThese terms are governed by the laws of Singapore.";
        List<Clause> clauses = segmenter.segment(text);
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0).kind()).isEqualTo(Clause.Kind.HEADING);
        assertThat(clauses.get(0).text(text)).isEqualTo("5. Governing law");
        assertThat(clauses.get(1).section()).isEqualTo("5. Governing law");
    }

    @Test
    void treatsStandaloneCapitalisedOrNumberedLinesAsHeadings() {
        String text = "1.  ACCEPTANCE OF TERMS\n\nYou accept.\n\nLIMITATION OF LIABILITY\n\nWe are not liable.";
        List<Clause> clauses = segmenter.segment(text);
        assertThat(clauses).extracting(Clause::kind).containsExactly(
                Clause.Kind.HEADING, Clause.Kind.SENTENCE, Clause.Kind.HEADING, Clause.Kind.SENTENCE);
        assertThat(clauses.get(3).section()).isEqualTo("LIMITATION OF LIABILITY");
    }

    @Test
    void splitsListItemsWithoutTheirMarkers() {
        String text = "We collect:\n\n- your name;\n- your email address.\n(a) payment data\n2. device data";
        assertThat(texts(text)).containsExactly("We collect:", "your name;", "your email address.",
                "payment data", "device data");
        assertThat(segmenter.segment(text).get(1).kind()).isEqualTo(Clause.Kind.LIST_ITEM);
    }

    @Test
    void splitsAllCapsLegalBlocksIntoSentences() {
        String text = "THE SERVICE IS PROVIDED \"AS IS\". WE DISCLAIM ALL WARRANTIES. IN NO EVENT SHALL WE BE LIABLE.";
        assertThat(texts(text)).containsExactly("THE SERVICE IS PROVIDED \"AS IS\".", "WE DISCLAIM ALL WARRANTIES.",
                "IN NO EVENT SHALL WE BE LIABLE.");
    }

    @Test
    void cutsVeryLongSentencesAtSemicolonsSoNoClauseIsTooLong() {
        String part = "the provider may suspend the account of the member without notice for any reason it sees fit";
        String text = (part + "; ").repeat(12) + part + ".";
        List<Clause> clauses = segmenter.segment(text);
        assertThat(clauses).hasSizeGreaterThan(1);
        assertThat(clauses).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(Segmenter.MAX_CLAUSE_CHARS));
        assertThat(clauses.getFirst().text(text)).endsWith(";");
        assertThat(String.join(" ", texts(text))).isEqualTo(text);
    }

    @Test
    void cutsLongSentencesWithoutPunctuationAtSpaces() {
        String text = "word ".repeat(400).strip();
        assertThat(segmenter.segment(text)).allSatisfy(
                c -> assertThat(c.length()).isLessThanOrEqualTo(Segmenter.MAX_CLAUSE_CHARS));
    }

    @Test
    void turnsTableRowsIntoClausesAndSkipsSeparators() {
        String text = "| Data | Purpose |\n|---|---|\n| Email | Marketing |";
        assertThat(texts(text)).containsExactly("Data | Purpose", "Email | Marketing");
        assertThat(segmenter.segment(text)).extracting(Clause::kind).as("the header row heads the table")
                .containsExactly(Clause.Kind.HEADING, Clause.Kind.TABLE_ROW);
    }

    @Test
    void readsUnderlinedLinesAsHeadingsAndDropsRules() {
        String text = "Transfer to other countries\n---------------------------\n\nWe store data in Ireland.\n\n* * *\n\n"
                + "Two lines of\ntext here.\n=====\n";

        List<Clause> clauses = segmenter.segment(text);

        assertThat(texts(text)).containsExactly("Transfer to other countries", "We store data in Ireland.",
                "Two lines of\ntext here.");
        assertThat(clauses).extracting(Clause::kind)
                .containsExactly(Clause.Kind.HEADING, Clause.Kind.SENTENCE, Clause.Kind.SENTENCE);
        assertThat(clauses.get(1).section()).isEqualTo("Transfer to other countries");
        assertThat(texts("Prices go up.\nThen go down.")).as("no rule").containsExactly("Prices go up.", "Then go down.");
    }

    @Test
    void keepsSentencesOfOneParagraphInOneBlock() {
        String text = "First one. Second one.\n\nThird one.";
        List<Clause> clauses = segmenter.segment(text);
        assertThat(clauses.get(0).block()).isEqualTo(clauses.get(1).block());
        assertThat(clauses.get(2).block()).isNotEqualTo(clauses.get(1).block());
    }

    @Test
    void handlesEmptyAndBlankText() {
        assertThat(segmenter.segment("")).isEmpty();
        assertThat(segmenter.segment("\n\n  \n")).isEmpty();
    }

    @Test
    void stripsMarkdownForReading() {
        assertThat(Segmenter.stripMarkup("See our [Privacy Policy](https://x.com/p?a=(1)) and **this**."))
                .isEqualTo("See our Privacy Policy and this.");
    }
}

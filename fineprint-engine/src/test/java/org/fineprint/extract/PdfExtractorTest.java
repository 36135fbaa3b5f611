package org.fineprint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fineprint.extract.PdfFixtures.at;
import static org.fineprint.extract.PdfFixtures.body;
import static org.fineprint.extract.PdfFixtures.document;
import static org.fineprint.extract.PdfFixtures.heading;
import static org.fineprint.extract.PdfFixtures.paragraph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {
    private final PdfExtractor extractor = new PdfExtractor();

    private String extract(byte[] pdf) {
        return extractor.extract(Fixtures.snapshot("application/pdf", null, pdf));
    }

    @Test
    void rebuildsParagraphsFromWrappedLinesAndKeepsHeadingsOnTheirOwnLine() {
        byte[] pdf = document(List.of(List.of(
                heading("1. Scope of these terms"),
                paragraph("These terms apply to every use of the services that we offer on our websites, in"),
                body("our applications and through any other channel, whether you pay for them or not,"),
                body("and whoever you are."),
                paragraph("A second paragraph starts after a wider gap between the lines of the two blocks."))));
        assertThat(extract(pdf)).isEqualTo("1. Scope of these terms\n\n"
                + "These terms apply to every use of the services that we offer on our websites, in our applications "
                + "and through any other channel, whether you pay for them or not, and whoever you are.\n\n"
                + "A second paragraph starts after a wider gap between the lines of the two blocks.");
    }

    @Test
    void dropsRepeatedHeadersAndFootersAndBarePageNumbers() {
        List<List<PdfFixtures.Line>> pages = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            pages.add(List.of(
                    at("ACME Terms of Service - version 2025-03", 815),
                    paragraph("Page " + i + " says something that matters to the user of the services."),
                    at("Confidential - ACME Inc. - page " + i + " of 3", 40),
                    at(String.valueOf(i), 25)));
        }
        assertThat(extract(document(pages))).isEqualTo(
                "Page 1 says something that matters to the user of the services.\n\n"
                        + "Page 2 says something that matters to the user of the services.\n\n"
                        + "Page 3 says something that matters to the user of the services.");
    }

    @Test
    void joinsAWordHyphenatedAcrossLinesOnlyWhenTheDocumentSpellsItWhole() {
        byte[] pdf = document(List.of(List.of(
                paragraph("Our processing follows the applicable regulation in every country where the regu-"),
                body("lation applies, and we rely on third-"),
                body("party processors."))));
        assertThat(extract(pdf)).isEqualTo("Our processing follows the applicable regulation in every country where the "
                + "regulation applies, and we rely on third-party processors.");
    }

    @Test
    void startsAListItemAtEachBulletAndEnumerator() {
        byte[] pdf = document(List.of(List.of(
                paragraph("You must:"),
                body("\u2022 be 18 or older;"),
                body("\u2022 keep your password secret;"),
                body("(c) tell us about any misuse."))));
        assertThat(extract(pdf)).isEqualTo("You must:\n\n\u2022 be 18 or older;\n\n\u2022 keep your password secret;\n\n"
                + "(c) tell us about any misuse.");
    }

    @Test
    void continuesAParagraphOnTheNextPage() {
        byte[] pdf = document(List.of(
                List.of(paragraph("This sentence runs over the end of the first page of the document and then it"),
                        body("carries on, still without its full stop, until the very last line of the page where")),
                List.of(paragraph("Fineprint has to join it with the line at the top of the next page."))));
        assertThat(extract(pdf)).isEqualTo("This sentence runs over the end of the first page of the document and then it "
                + "carries on, still without its full stop, until the very last line of the page where Fineprint has to "
                + "join it with the line at the top of the next page.");
    }

    @Test
    void refusesAPdfWithoutATextLayerAsNeedingOcr() {
        assertThatThrownBy(() -> extract(document(List.of(List.of()))))
                .isInstanceOfSatisfying(ExtractException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExtractException.Reason.NO_TEXT);
                    assertThat(e.getMessage()).contains("the PDF may be scanned images; it needs OCR, which Fineprint does not do");
                });
    }

    @Test
    void refusesAPasswordProtectedPdfInOneLine() {
        byte[] pdf = document(List.of(List.of(body("Secret terms."))), "user-secret");
        assertThatThrownBy(() -> extract(pdf)).isInstanceOfSatisfying(ExtractException.class, e -> {
            assertThat(e.reason()).isEqualTo(ExtractException.Reason.UNSUPPORTED_FORMAT);
            assertThat(e.getMessage()).contains("password-protected").doesNotContain("\n");
        });
    }

    @Test
    void readsAPdfThatOnlyHasAnOwnerPassword() {
        byte[] pdf = document(List.of(List.of(body("Readable terms."))), "");
        assertThat(extract(pdf)).isEqualTo("Readable terms.");
    }

    @Test
    void refusesADamagedPdfInOneLine() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> extract(damaged)).isInstanceOfSatisfying(ExtractException.class, e -> {
            assertThat(e.reason()).isEqualTo(ExtractException.Reason.UNSUPPORTED_FORMAT);
            assertThat(e.getMessage()).contains("damaged").doesNotContain("\n");
        });
    }
}

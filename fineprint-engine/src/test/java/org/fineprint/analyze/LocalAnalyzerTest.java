package org.fineprint.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.extract.PdfExtractor;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.junit.jupiter.api.Test;

class LocalAnalyzerTest {
    private static final LocalAnalyzer ANALYZER = LocalAnalyzer.builtIn();

    private static final List<String> CLAUSES = List.of(
            "Any dispute arising out of these Terms shall be resolved exclusively by final and binding arbitration "
                    + "administered by the American Arbitration Association.",
            "You waive any right to participate in a class action lawsuit or class-wide arbitration.",
            "We may suspend or terminate your account at any time, for any reason, without notice.",
            "You grant us a perpetual, irrevocable, worldwide, royalty-free and sublicensable licence to use, copy, "
                    + "modify and distribute any content you post.",
            "The service is provided \"as is\" without warranties of any kind.",
            "You agree to indemnify and hold us harmless from any claims arising from your use of the service.",
            "We may change these Terms at any time and your continued use means you accept the changes.");

    @Test
    void quotesTextWithEmojiAndOtherAstralCharactersAtExactUtf16Offsets() {
        StringBuilder text = new StringBuilder("# 📜 𝐓𝐞𝐫𝐦𝐬 of Service 🙂\n\n");
        for (int i = 0; i < CLAUSES.size(); i++) {
            text.append(i + 1).append(". 👉 ").append(CLAUSES.get(i)).append(" 🔒𝒳\n\n");
        }

        Report report = analyze(DocumentType.TERMS, text.toString());

        assertThat(report.points()).hasSizeGreaterThanOrEqualTo(3);
        assertQuotesVerbatim(report, text.toString());
    }

    @Test
    void quotesTheTextExtractedFromAPdfAtItsOffsets() throws IOException {
        String text = new PdfExtractor().extract(new Snapshot(URI.create("file:///terms.pdf"),
                URI.create("file:///terms.pdf"), 200, "application/pdf", null, pdf(CLAUSES), Instant.EPOCH, "file"));

        Report report = analyze(DocumentType.TERMS, text);

        assertThat(report.points()).hasSizeGreaterThanOrEqualTo(3);
        assertQuotesVerbatim(report, text);
    }

    @Test
    void findsTheCasesAPlainTermsOfServiceStates() {
        String text = String.join("\n\n", CLAUSES) + "\n";

        Report report = analyze(DocumentType.TERMS, text);

        assertThat(report.points()).extracting(Point::caseId)
                .contains("arbitration-mandatory", "class-action-waiver", "user-indemnifies-provider")
                .doesNotHaveDuplicates();
        assertThat(report.analyzer().model()).startsWith("cases");
    }

    @Test
    void saysADocumentInAnotherLanguageIsNotReadInsteadOfGuessing() {
        String french = "Tout litige sera soumis à l'arbitrage. Nous pouvons résilier votre compte à tout moment sans "
                + "préavis. Vous nous accordez une licence perpétuelle et irrévocable sur votre contenu. ".repeat(5);

        Report report = analyze(DocumentType.TERMS, french);

        assertThat(report.points()).isEmpty();
        assertThat(report.rating().stars()).isNull();
        assertThat(report.documents().getFirst().language()).isEqualTo("fr");
        assertThat(report.documents().getFirst().summary()).singleElement().asString().contains("English only");
    }

    @Test
    void refusesADocumentTooLongToBeOneLegalText() {
        String huge = "We may share your data with partners. ".repeat(LocalAnalyzer.MAX_DOCUMENT_CHARS / 38 + 1);

        assertThatThrownBy(() -> analyze(DocumentType.PRIVACY, huge))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("more than the 2,000,000 the built-in analyser reads");
    }

    private static Report analyze(DocumentType type, String text) {
        return ANALYZER.analyze(new AnalysisRequest("Example", null,
                List.of(new AnalysisRequest.SourceText(type, "Terms", "example", text))));
    }

    private static void assertQuotesVerbatim(Report report, String text) {
        for (Point p : report.points()) {
            for (Quote q : p.quotes()) {
                assertThat(text.substring(q.start(), q.end())).as(p.caseId()).isEqualTo(q.text());
            }
        }
    }

    private static byte[] pdf(List<String> paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 760;
                for (String paragraph : paragraphs) {
                    for (String line : wrap(paragraph, 90)) {
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(50, y);
                        content.showText(line);
                        content.endText();
                        y -= 13;
                    }
                    y -= 10;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

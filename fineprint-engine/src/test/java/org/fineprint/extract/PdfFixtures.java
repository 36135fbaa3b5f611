package org.fineprint.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/** Small PDFs written with PDFBox for tests: lines laid out top to bottom, in Helvetica. */
final class PdfFixtures {
    private static final float TOP = 780;
    private static final float LEFT = 56;

    private PdfFixtures() {
    }

    /**
     * One line of a page.
     *
     * @param text the text (Latin-1 only: the standard fonts use WinAnsiEncoding)
     * @param size font size in points
     * @param bold Helvetica-Bold instead of Helvetica
     * @param gapBefore extra space above the line, in points
     * @param y absolute baseline from the bottom of the page, or {@code null} to follow the previous line
     */
    record Line(String text, float size, boolean bold, float gapBefore, @Nullable Float y) {
    }

    static Line body(String text) {
        return new Line(text, 11, false, 0, null);
    }

    static Line paragraph(String text) {
        return new Line(text, 11, false, 9, null);
    }

    static Line heading(String text) {
        return new Line(text, 16, true, 12, null);
    }

    static Line at(String text, float y) {
        return new Line(text, 9, false, 0, y);
    }

    static byte[] document(List<List<Line>> pages) {
        return document(pages, null);
    }

    /** Writes the pages; with a user password the PDF cannot be opened without it. */
    static byte[] document(List<List<Line>> pages, @Nullable String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = TOP;
                    for (Line line : lines) {
                        float at;
                        if (line.y() != null) {
                            at = line.y();
                        } else {
                            y -= line.gapBefore() + line.size() * 1.25f;
                            at = y;
                        }
                        cs.beginText();
                        cs.setFont(line.bold() ? bold : regular, line.size());
                        cs.newLineAtOffset(LEFT, at);
                        cs.showText(line.text());
                        cs.endText();
                    }
                    if (lines.isEmpty()) {
                        cs.addRect(100, 100, 200, 200); // a picture-like shape and no text
                        cs.fill();
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.fineprint.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.fineprint.fetch.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDF snapshots to text with PDFBox: lines in content order (the reading order of most
 * generated PDFs), rebuilt into paragraphs by {@link PdfLayout}, with repeated page headers and
 * footers and bare page numbers dropped.
 */
public final class PdfExtractor {
    private static final Logger log = LoggerFactory.getLogger(PdfExtractor.class);

    /**
     * Extracts the text of one PDF snapshot.
     *
     * @param snapshot the PDF as fetched
     * @return the normalised text
     * @throws ExtractException NO_TEXT when the PDF has no text layer (scanned pages),
     *     UNSUPPORTED_FORMAT when it is password-protected or damaged
     */
    public String extract(Snapshot snapshot) {
        String where = snapshot.finalUrl().toString();
        try (PDDocument pdf = Loader.loadPDF(snapshot.content())) {
            if (pdf.getNumberOfPages() == 0) {
                throw new IOException("it has no pages");
            }
            LineCollector collector = new LineCollector();
            collector.getText(pdf);
            List<PdfLine> lines = collector.lines;
            int pages = pdf.getNumberOfPages();
            String text = Normalizer.normalize(new PdfLayout(lines, pages).text());
            if (text.isEmpty()) {
                throw new ExtractException(ExtractException.Reason.NO_TEXT, where,
                        "the PDF has no text layer; the PDF may be scanned images; it needs OCR, "
                                + "which Fineprint does not do");
            }
            log.debug("extracted format=pdf url={} pages={} lines={} chars={}", where, pages, lines.size(), text.length());
            return text;
        } catch (InvalidPasswordException e) {
            throw new ExtractException(ExtractException.Reason.UNSUPPORTED_FORMAT, where, null,
                    "the PDF is password-protected; Fineprint cannot read it without the password", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExtractException ee) {
                throw ee;
            }
            throw new ExtractException(ExtractException.Reason.UNSUPPORTED_FORMAT, where, null,
                    "the PDF is damaged or not a PDF (" + oneLine(e.getMessage()) + "); fetch it again or check the file", e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
    }

    /** Collects each text line with its position and font instead of writing plain text. */
    private static final class LineCollector extends PDFTextStripper {
        final List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float x0 = Float.MAX_VALUE;
        private float x1;
        private float y;
        private float size;
        private int chars;
        private int boldChars;
        private float pageWidth;
        private float pageHeight;

        LineCollector() {
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
            setAddMoreFormatting(false);
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            writeText(doc, Writer.nullWriter());
            endLine();
            return "";
        }

        @Override
        protected void startPage(PDPage page) {
            endLine();
            pageWidth = page.getCropBox().getWidth();
            pageHeight = page.getCropBox().getHeight();
        }

        @Override
        protected void endPage(PDPage page) {
            endLine();
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string);
            for (TextPosition p : positions) {
                x0 = Math.min(x0, p.getXDirAdj());
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                y = Math.max(y, p.getYDirAdj());
                size = Math.max(size, p.getFontSizeInPt());
                chars++;
                if (isBold(p.getFont())) {
                    boldChars++;
                }
            }
        }

        @Override
        protected void writeString(String string) {
            text.append(string);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphStart() {
        }

        @Override
        protected void writeParagraphEnd() {
        }

        @Override
        protected void writePageStart() {
        }

        @Override
        protected void writePageEnd() {
        }

        private void endLine() {
            String s = Normalizer.normalize(text.toString());
            if (!s.isEmpty() && chars > 0) {
                lines.add(new PdfLine(getCurrentPageNo(), s, x0, x1, y, size,
                        boldChars * 2 > chars, pageWidth, pageHeight));
            }
            text.setLength(0);
            x0 = Float.MAX_VALUE;
            x1 = 0;
            y = 0;
            size = 0;
            chars = 0;
            boldChars = 0;
        }

        private static boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            PDFontDescriptor d = font.getFontDescriptor();
            if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
                return true;
            }
            String name = font.getName();
            if (name == null) {
                return false;
            }
            String n = name.toLowerCase(Locale.ROOT);
            return n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("semibold");
        }
    }
}

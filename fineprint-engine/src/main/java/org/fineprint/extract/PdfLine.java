package org.fineprint.extract;

/**
 * One line of text on a PDF page, as PDFBox lays it out.
 *
 * @param page 1-based page number
 * @param text the line's text, words separated by spaces
 * @param x0 left edge, in points from the left of the page
 * @param x1 right edge
 * @param y baseline, in points from the top of the page
 * @param size the largest font size on the line, in points
 * @param bold true when most characters are in a bold font
 * @param pageWidth the page's width in points
 * @param pageHeight the page's height in points
 */
record PdfLine(int page, String text, float x0, float x1, float y, float size, boolean bold,
               float pageWidth, float pageHeight) {
}

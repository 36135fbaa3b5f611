package org.fineprint.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Reading HTML tables: their own rows and cells, and whether a table is data or page layout. */
final class Tables {
    private Tables() {
    }

    /**
     * True for a table that lays out a page rather than holding data: one column, or a few rows
     * holding headings or other tables. Its cells are written as plain content, not as rows.
     */
    static boolean isLayout(Element table, List<Element> rows) {
        int maxCells = 0;
        for (Element row : rows) {
            maxCells = Math.max(maxCells, cells(row).size());
        }
        return maxCells <= 1 || rows.size() <= 3 && hasLayoutContent(table);
    }

    /** The rows of this table, not of tables nested in its cells. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element row : child.children()) {
                        if (row.normalName().equals("tr")) {
                            rows.add(row);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return rows;
    }

    /** The header and data cells of a row. */
    static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element c : row.children()) {
            if (c.normalName().equals("td") || c.normalName().equals("th")) {
                cells.add(c);
            }
        }
        return cells;
    }

    /** True when a table holds headings or other tables: it lays out a page, it is not data. */
    private static boolean hasLayoutContent(Element table) {
        for (Element d : table.getAllElements()) {
            if (d != table && (d.normalName().equals("table") || MarkdownWriter.headingLevel(d) > 0)) {
                return true;
            }
        }
        return false;
    }
}

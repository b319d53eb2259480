package io.straceflow.summary.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A sortable table: a header row, then rows of cells. Numbers are right-aligned, shown with digit grouping and
 * sorted by value ({@code data-v}); everything else is escaped text. The note under it says what was left out.
 */
final class HtmlTable {
    /** A number with two decimals ("41.27"), sorted by value like the integers. */
    record Decimal(double value) {}

    private final String[] headers;
    private final List<Object[]> rows = new ArrayList<>();

    HtmlTable(String... headers) {
        this.headers = headers;
    }

    HtmlTable row(Object... cells) {
        rows.add(cells);
        return this;
    }

    /** Writes the table, then {@code note} (already worded, escaped here) when it is not null. */
    void write(StringBuilder out, String note) {
        out.append("<table class=\"sortable\"><thead><tr>");
        for (int i = 0; i < headers.length; i++) {
            out.append(numeric(i) ? "<th class=\"n\">" : "<th>")
                    .append(Html.esc(headers[i]))
                    .append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (Object[] row : rows) {
            out.append("<tr>");
            for (Object cell : row) {
                if (cell instanceof Decimal d) {
                    String text = String.format(java.util.Locale.ROOT, "%.2f", d.value());
                    out.append("<td class=\"n\" data-v=\"")
                            .append(text)
                            .append("\">")
                            .append(text)
                            .append("</td>");
                } else if (cell instanceof Number n) {
                    out.append("<td class=\"n\" data-v=\"")
                            .append(n.longValue())
                            .append("\">")
                            .append(Html.num(n.longValue()))
                            .append("</td>");
                } else {
                    out.append("<td class=\"path\">").append(Html.esc(cell)).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        if (note != null) {
            out.append("<p class=\"note\">").append(Html.esc(note)).append("</p>\n");
        }
    }

    /** A column is numeric when its first row holds a number there. */
    private boolean numeric(int column) {
        return !rows.isEmpty()
                && rows.get(0).length > column
                && (rows.get(0)[column] instanceof Number || rows.get(0)[column] instanceof Decimal);
    }
}

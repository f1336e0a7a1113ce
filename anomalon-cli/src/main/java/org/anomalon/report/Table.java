package org.anomalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.anomalon.format.Json;

/**
 * A table of the report, written as CSV, JSON and LaTeX and shown in the HTML page.
 *
 * @param id      file stem, e.g. {@code anomalies}
 * @param caption one sentence saying what the table shows
 * @param columns column headers
 * @param rows    the cells: text as printed (units in the headers) and values at full precision
 * @param source  where the numbers come from (paper and equation, data file)
 */
record Table(String id, String caption, List<String> columns, List<List<Cell>> rows, String source) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row " + texts(row) + " does not match " + columns);
            }
        }
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    /** RFC 4180 CSV with a header row. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(csvLine(columns));
        rows.forEach(row -> csv.append(csvLine(texts(row))));
        return csv.toString();
    }

    /** {@code {"caption", "source", "columns", "rows": [{column: value}]}}, numbers at full precision. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("caption", caption);
        json.put("source", source);
        ArrayNode header = json.putArray("columns");
        columns.forEach(header::add);
        ArrayNode body = json.putArray("rows");
        for (List<Cell> row : rows) {
            ObjectNode line = body.addObject();
            for (int i = 0; i < columns.size(); i++) {
                line.set(columns.get(i), row.get(i).value());
            }
        }
        return json;
    }

    /** A booktabs table ready to paste into a paper. */
    public String toLatex() {
        String alignment = "l" + "c".repeat(columns.size() - 1);
        StringBuilder tex = new StringBuilder();
        tex.append("% ").append(source).append('\n');
        tex.append("% needs \\usepackage{booktabs}\n");
        tex.append("\\begin{table}[t]\n\\centering\n\\begin{tabular}{").append(alignment).append("}\n\\toprule\n");
        tex.append(latexLine(columns)).append("\\midrule\n");
        rows.forEach(row -> tex.append(latexLine(texts(row))));
        tex.append("\\bottomrule\n\\end{tabular}\n\\caption{").append(latexEscape(caption))
                .append("}\n\\label{tab:").append(id).append("}\n\\end{table}\n");
        return tex.toString();
    }

    /** The table as an HTML fragment with its caption and source. */
    public String toHtml() {
        StringBuilder html = new StringBuilder("<p class=\"caption\">").append(Html.escape(caption))
                .append(" <span class=\"source\">Source: ").append(Html.escape(source)).append("</span></p>\n<table id=\"table-")
                .append(id).append("\">\n<tr>");
        columns.forEach(c -> html.append("<th>").append(Html.escape(c)).append("</th>"));
        html.append("</tr>\n");
        for (List<Cell> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(Html.escape(cell.text())).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(Table::csvCell).collect(Collectors.joining(",")) + "\n";
    }

    private static String csvCell(String cell) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String latexLine(List<String> cells) {
        return cells.stream().map(Table::latexEscape).collect(Collectors.joining(" & ")) + " \\\\\n";
    }

    /**
     * Text as LaTeX that pdflatex compiles with only booktabs loaded: the special characters
     * escaped, and the Unicode symbols the tables use (minus sign, ±, →, Greek letters, ...)
     * written as LaTeX commands. Other non-ASCII letters are left to LaTeX's UTF-8 input.
     */
    static String latexEscape(String text) {
        StringBuilder tex = new StringBuilder(text.length() + 16);
        int[] chars = text.codePoints().toArray();
        for (int i = 0; i < chars.length; i++) {
            String latex = latexOf(chars[i]);
            if (i + 1 < chars.length && chars[i + 1] == COMBINING_MACRON && latex.startsWith("$\\")) {
                latex = "$\\bar{" + latex.substring(1, latex.length() - 1) + "}$"; // ν̄ -> \bar{\nu}
                i++;
            }
            tex.append(latex);
        }
        return tex.toString();
    }

    private static final int COMBINING_MACRON = 0x0304;
    private static final String GREEK = "αβγδεζηθικλμνξπρστυφχψωΓΔΘΛΞΠΣΦΨΩ";
    private static final String[] GREEK_COMMANDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega"};

    private static String latexOf(int c) {
        int greek = GREEK.indexOf(c);
        if (greek >= 0) {
            return "$\\" + GREEK_COMMANDS[greek] + "$";
        }
        return switch (c) {
            case '\\' -> "\\textbackslash{}";
            case '&', '%', '_', '#', '$', '{', '}' -> "\\" + (char) c;
            case '^' -> "\\^{}";
            case '~' -> "\\textasciitilde{}";
            case '<', '>', '|' -> "$" + (char) c + "$";
            case '\u2212' -> "$-$";
            case '\u00b1' -> "$\\pm$";
            case '\u2192' -> "$\\to$";
            case '\u00d7' -> "$\\times$";
            case '\u00b7' -> "$\\cdot$";
            case '\u2264' -> "$\\leq$";
            case '\u2265' -> "$\\geq$";
            case '\u2248' -> "$\\approx$";
            case '\u221e' -> "$\\infty$";
            case '\u221a' -> "$\\surd$";
            case '\u2113' -> "$\\ell$";
            case '\u2032' -> "$'$";
            case '\u00b2' -> "$^2$";
            case '\u00b3' -> "$^3$";
            case '\u2013' -> "--";
            case '\u2014' -> "---";
            case '\u2026' -> "\\ldots{}";
            case COMBINING_MACRON -> ""; // over a letter that is not Greek: dropped rather than misplaced
            default -> Character.toString(c);
        };
    }
}

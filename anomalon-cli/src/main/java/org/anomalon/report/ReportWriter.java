package org.anomalon.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.anomalon.format.Json;

/**
 * Writes a report directory: {@code index.html} (self-contained, figures inline), {@code figures/}
 * (PDF, SVG, PNG), {@code tables/} (CSV, JSON, LaTeX), {@code references.bib}, and the sections'
 * extra files (e.g. {@code limits.yaml}).
 */
final class ReportWriter {
    private static final List<String> FIGURE_FORMATS = List.of("pdf", "svg", "png");

    private ReportWriter() {
    }

    /**
     * @param directory  an empty directory to fill
     * @param title      page title
     * @param preamble   HTML shown under the title (model, inputs, presets)
     * @param sections   the sections, in order
     */
    static void write(Path directory, String title, String preamble, List<Section> sections, Progress progress)
            throws IOException {
        Path figures = Files.createDirectories(directory.resolve("figures"));
        Path tables = Files.createDirectories(directory.resolve("tables"));
        StringBuilder body = new StringBuilder();
        // Sorted, so that two runs write the same references.bib and page (sections hand in unordered sets).
        Set<String> references = new TreeSet<>();
        for (Section section : sections) {
            progress.start("writing " + section.title());
            body.append("<section id=\"").append(anchor(section.title())).append("\">\n<h2>")
                    .append(Html.escape(section.title())).append("</h2>\n").append(section.html()).append('\n');
            for (Table table : section.tables()) {
                Files.writeString(tables.resolve(table.id() + ".csv"), table.toCsv());
                Files.writeString(tables.resolve(table.id() + ".json"), Json.write(table.toJson()));
                Files.writeString(tables.resolve(table.id() + ".tex"), table.toLatex());
                body.append(table.toHtml());
            }
            for (ReportFigure figure : section.figures()) {
                for (String format : FIGURE_FORMATS) {
                    figure.writer().write(figures.resolve(figure.id() + "." + format));
                }
                byte[] png = Files.readAllBytes(figures.resolve(figure.id() + ".png"));
                body.append("<figure><img alt=\"").append(Html.escape(figure.caption())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption>")
                        .append(Html.escape(figure.caption())).append(" (<a href=\"figures/").append(figure.id())
                        .append(".pdf\">PDF</a>, <a href=\"figures/").append(figure.id()).append(".svg\">SVG</a>)</figcaption></figure>\n");
            }
            body.append("</section>\n");
            references.addAll(section.references());
            progress.done();
        }
        References bibliography = References.standard();
        Files.writeString(directory.resolve("references.bib"), bibliography.bibtex(references));
        body.append("<section id=\"references\">\n<h2>References</h2>\n").append(bibliography.html(references))
                .append("</section>\n");
        for (Section section : sections) {
            for (Map.Entry<String, String> file : section.files().entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue());
            }
        }
        Files.writeString(directory.resolve("index.html"), page(title, preamble, sections, body.toString()));
    }

    private static String page(String title, String preamble, List<Section> sections, String body) {
        StringBuilder nav = new StringBuilder("<nav>");
        for (Section section : sections) {
            nav.append("<a href=\"#").append(anchor(section.title())).append("\">").append(Html.escape(section.title()))
                    .append("</a> · ");
        }
        nav.append("<a href=\"#references\">References</a></nav>");
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%s</title>
                <style>
                body{font-family:Georgia,"Times New Roman",serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
                h1{font-size:1.6rem} h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.2rem}
                nav{font-size:.9rem;margin-bottom:1.5rem} nav a{color:#0b5394}
                table{border-collapse:collapse;margin:.3rem 0 1rem 0;font-size:.88rem} p.caption{font-style:italic;margin:1.2rem 0 0 0}
                th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:right} th:first-child,td:first-child{text-align:left}
                .source{color:#666;font-style:normal;font-size:.8rem} .na{color:#8a4b00}
                figure{margin:1.2rem 0} figure img{max-width:100%%;border:1px solid #eee} figcaption{font-size:.85rem;color:#444}
                code{font-size:.9em} .summary{background:#f4f7fb;border-left:4px solid #0b5394;padding:.6rem .9rem}
                </style></head>
                <body>
                <h1>%s</h1>
                %s
                %s
                %s
                </body></html>
                """.formatted(Html.escape(title), Html.escape(title), preamble, nav, body);
    }

    static String anchor(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

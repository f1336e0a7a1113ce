package org.anomalon.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The bibliography of the report. Keys are INSPIRE texkeys where a seed prints them (e.g.
 * DiLuzio:2025qkc in P0's Fig. 2 caption) and the arXiv identifier otherwise; entries carry only
 * what the seeds and ../shared/data print (authors, title, eprint).
 */
public final class References {
    private final Map<String, String> bibtexByKey;

    private References(Map<String, String> bibtexByKey) {
        this.bibtexByKey = bibtexByKey;
    }

    /** The theory papers every report may cite. */
    public static References standard() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("P0", article("arXiv:2603.04394",
                "Di Luzio, Luca and Nardecchia, Marco and Scacco, Stefano and Toni, Claudio",
                "A framework for missing-energy searches with anomalous light vectors", "2603.04394", "2026"));
        entries.put("P2", article("DiLuzio:2025qkc", "Di Luzio, Luca and Nardecchia, Marco and Toni, Claudio",
                "Gauged {\\tau}-lepton chiral currents and B -> K(*) E_miss", "2505.11499", "2025"));
        entries.put("ST", """
                @article{SmithTait:2024,
                    author = "Smith, Tyler B. and Tait, Tim M. P.",
                    title = "{Conserved Currents are Not Anomaly-Safe}",
                    year = "2024",
                    note = "Dated January 8, 2024; eprint number not printed in the seed"
                }
                """);
        return new References(entries);
    }

    /** BibTeX for the given reference names (unknown names are skipped). */
    public String bibtex(Set<String> names) {
        StringBuilder bib = new StringBuilder();
        names.stream().filter(bibtexByKey::containsKey).forEach(name -> bib.append(bibtexByKey.get(name)).append('\n'));
        return bib.toString();
    }

    /** An HTML list of the given references. */
    public String html(Set<String> names) {
        StringBuilder html = new StringBuilder("<ul class=\"refs\">\n");
        names.stream().filter(bibtexByKey::containsKey).forEach(name -> html.append("<li><b>").append(Html.escape(name))
                .append("</b>: <code>").append(Html.escape(firstLine(bibtexByKey.get(name)))).append("</code></li>\n"));
        return html.append("</ul>\n").toString();
    }

    private static String firstLine(String bibtex) {
        return bibtex.lines().findFirst().orElse("");
    }

    private static String article(String key, String authors, String title, String eprint, String year) {
        return """
                @article{%s,
                    author = "%s",
                    title = "{%s}",
                    eprint = "%s",
                    archivePrefix = "arXiv",
                    year = "%s"
                }
                """.formatted(key, authors, title, eprint, year);
    }
}

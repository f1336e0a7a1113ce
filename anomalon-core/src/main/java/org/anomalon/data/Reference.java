package org.anomalon.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A paper, keyed by its INSPIRE texkey (or by its arXiv number where the project data do not
 * record the texkey), with the bibliographic fields the project data record — nothing more.
 */
public record Reference(String key, String type, Map<String, String> fields) {
    public Reference {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** "NA62, JHEP 11 (2025) 143, arXiv:… [NA62:2025upx]" — whatever of that is known. */
    public String citation() {
        StringBuilder text = new StringBuilder();
        String who = !field("collaboration").isEmpty() ? field("collaboration") : firstAuthor();
        text.append(who);
        if (!field("journal").isEmpty()) {
            text.append(", ").append(field("journal")).append(' ').append(field("volume"))
                    .append(" (").append(field("year")).append(") ").append(field("pages"));
        }
        if (!field("arxiv").isEmpty()) {
            text.append(", arXiv:").append(field("arxiv"));
        }
        text.append(" [").append(key).append(']');
        return text.toString();
    }

    private String firstAuthor() {
        String authors = field("author");
        int and = authors.indexOf(" and ");
        String first = and < 0 ? authors : authors.substring(0, and);
        return and < 0 ? first : first + " et al.";
    }

    /** A BibTeX entry keyed by the texkey; arXiv numbers go in eprint/archivePrefix. */
    public String bibtex() {
        StringBuilder text = new StringBuilder("@").append(type).append('{').append(key).append(",\n");
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            switch (entry.getKey()) {
                case "arxiv" -> {
                    text.append("    eprint = \"").append(entry.getValue()).append("\",\n");
                    text.append("    archivePrefix = \"arXiv\",\n");
                }
                case "title" -> text.append("    title = \"{").append(entry.getValue()).append("}\",\n");
                default -> text.append("    ").append(entry.getKey()).append(" = \"").append(entry.getValue()).append("\",\n");
            }
        }
        return text.append("}\n").toString();
    }
}

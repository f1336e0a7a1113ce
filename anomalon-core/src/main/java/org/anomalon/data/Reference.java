package org.anomalon.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper, keyed by its INSPIRE texkey (or by its arXiv number where the project data do not
 * record the texkey), with the bibliographic fields the project data record — nothing more.
 */
public record Reference(String key, String type, Map<String, String> fields) {
    public Reference {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The papers of a catalogue's {@code references:} block (texkey → {type, fields…}; null fields
     * are left out), in file order.
     */
    public static Map<String, Reference> readAll(JsonNode block) {
        Map<String, Reference> references = new LinkedHashMap<>();
        block.fields().forEachRemaining(entry -> {
            Map<String, String> values = new LinkedHashMap<>();
            entry.getValue().fields().forEachRemaining(f -> {
                if (!f.getKey().equals("type") && !f.getValue().isNull()) {
                    values.put(f.getKey(), f.getValue().asText());
                }
            });
            references.put(entry.getKey(), new Reference(entry.getKey(), entry.getValue().get("type").asText(), values));
        });
        return references;
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
                    .append(field("year").isEmpty() ? " " : " (" + field("year") + ") ").append(field("pages"));
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

    /**
     * A BibTeX entry keyed by the texkey that BibTeX's standard styles accept without warnings:
     * {@code @article} when the journal and title are known, else {@code @misc} (the journal
     * reference, if any, in {@code howpublished}). A collaboration without a recorded author list
     * is the author; a missing year is read from a new-style arXiv number (YYMM.NNNNN), which
     * encodes the submission date, or from an INSPIRE texkey (Author:YYYYabc). A missing title is
     * said in the note. Nothing else is added.
     */
    public String bibtex() {
        boolean article = !field("journal").isEmpty() && !field("title").isEmpty();
        StringBuilder text = new StringBuilder("@").append(article ? "article" : "misc").append('{').append(key).append(",\n");
        Map<String, String> entry = new LinkedHashMap<>();
        if (field("author").isEmpty() && !field("collaboration").isEmpty()) {
            entry.put("author", "{" + field("collaboration") + " Collaboration}");
        }
        fields.forEach((name, value) -> {
            if (!value.isEmpty() && !"null".equals(value)) {
                entry.put(name, value);
            }
        });
        Matcher arxiv = NEW_STYLE_ARXIV.matcher(field("arxiv"));
        Matcher texkey = INSPIRE_TEXKEY.matcher(key);
        if (field("year").isEmpty() && arxiv.matches()) {
            entry.put("year", "20" + arxiv.group(1));
        } else if (field("year").isEmpty() && texkey.matches()) {
            entry.put("year", texkey.group(1));
        }
        if (field("title").isEmpty()) {
            entry.merge("note", TITLE_NOT_RECORDED, (note, added) -> note + "; " + added);
        }
        if (!article && !field("journal").isEmpty()) {
            entry.put("howpublished", String.join(" ", field("journal"), field("volume"), "(" + entry.get("year") + ")",
                    field("pages")).replaceAll(" +", " "));
            List.of("journal", "volume", "pages").forEach(entry::remove);
        }
        for (Map.Entry<String, String> e : entry.entrySet()) {
            switch (e.getKey()) {
                case "arxiv" -> {
                    text.append("    eprint = \"").append(e.getValue()).append("\",\n");
                    text.append("    archivePrefix = \"arXiv\",\n");
                }
                case "title" -> text.append("    title = \"{").append(e.getValue()).append("}\",\n");
                default -> text.append("    ").append(e.getKey()).append(" = \"").append(e.getValue()).append("\",\n");
            }
        }
        return text.append("}\n").toString();
    }

    /** An INSPIRE texkey, Author:YYYYabc, whose year is the paper's. */
    private static final Pattern INSPIRE_TEXKEY = Pattern.compile("[^:]+:([0-9]{4})[a-z]{2,3}");
    /** Said in the entry when no source anomalon uses prints the paper's title. */
    public static final String TITLE_NOT_RECORDED = "title not printed in the sources anomalon uses";
    private static final Pattern NEW_STYLE_ARXIV = Pattern.compile("([0-9]{2})[0-9]{2}\\.[0-9]{4,5}");
}

package org.anomalon.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One section of the report: a short explanation, its tables and figures, and the references
 * (INSPIRE texkeys or eprint keys known to {@link References}) its numbers come from. A section
 * that does not apply to the model says why instead.
 *
 * @param title      section heading
 * @param applies    false when the capability says nothing about this model
 * @param html       explanatory HTML fragment (or the reason it does not apply)
 * @param tables     tables, in order
 * @param figures    figures, in order
 * @param references keys of the papers whose formulas or data were used
 * @param files      further files for the report directory, name → content (e.g. {@code limits.yaml})
 */
public record Section(String title, boolean applies, String html, List<Table> tables, List<ReportFigure> figures,
                      Set<String> references, Map<String, String> files) {

    public Section {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
        // Sorted copies: Set.copyOf and Map.copyOf iterate in an order that changes between runs.
        references = Collections.unmodifiableSet(new TreeSet<>(references));
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** A section without extra files. */
    public Section(String title, boolean applies, String html, List<Table> tables, List<ReportFigure> figures,
                   Set<String> references) {
        this(title, applies, html, tables, figures, references, Map.of());
    }

    public static Section notApplicable(String title, String reason) {
        return new Section(title, false, "<p class=\"na\">Does not apply: " + Html.escape(reason) + "</p>",
                List.of(), List.of(), Set.of());
    }
}

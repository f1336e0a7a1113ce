package org.anomalon.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.data.Reference;
import org.anomalon.fit.BelleTwoWorkspaceLimit;
import org.anomalon.recast.RecastDatabase;

/**
 * The bibliography of the report: the papers of the limits databases (anomalon's and DarkCast's, and of Belle II's
 * likelihood) plus the theory and
 * hadronic-input papers whose formulas or numbers anomalon uses. Keys are INSPIRE texkeys where a
 * seed or data file prints one, and the arXiv number otherwise; every field is one printed in the
 * seeds or in the bundled data files of docs/data.md (nothing typed from memory).
 */
final class References {
    /** P0, the main paper (its texkey is not printed in the seeds). */
    static final String P0 = "arXiv:2603.04394";
    /** P2 (texkey printed in P0's Fig. 2 caption). */
    static final String P2 = "DiLuzio:2025qkc";
    /**
     * ST. The paper prints neither an INSPIRE texkey nor an eprint number, so the key is authors
     * and date, and the entry records only what the paper prints (authors, title, affiliation, date).
     */
    static final String ST = "Smith-Tait-2024-01-08";
    /** Finite naturalness (docs/physics.md §3). */
    static final String FINITE_NATURALNESS = "arXiv:1303.7244";
    static final String FORM_FACTORS_GRVDV = "arXiv:2305.06301";
    static final String FORM_FACTORS_GKVD = "arXiv:1811.00983";
    static final String FORM_FACTORS_BSZ = "arXiv:1503.05534";
    static final String FORM_FACTORS_ETM = "arXiv:1706.03017";

    private final Map<String, Reference> byKey;

    private References(Map<String, Reference> byKey) {
        this.byKey = byKey;
    }

    static References standard() {
        Map<String, Reference> all = new LinkedHashMap<>(LimitsDatabase.load().references());
        BelleTwoWorkspaceLimit.get().references().forEach(reference -> all.putIfAbsent(reference.key(), reference));
        RecastDatabase.darkCast().limits().forEach(limit -> all.putIfAbsent(limit.reference().key(), limit.reference()));
        add(all, P0, Map.of("author", "Di Luzio, Luca and Nardecchia, Marco and Scacco, Stefano and Toni, Claudio",
                "title", "A framework for missing-energy searches with anomalous light vectors", "arxiv", "2603.04394"));
        add(all, P2, Map.of("author", "Di Luzio, Luca and Nardecchia, Marco and Toni, Claudio",
                "title", "Gauged $\\tau$-lepton chiral currents and $B \\to K^{(*)} E_{\\rm miss}$", "arxiv", "2505.11499"));
        add(all, ST, Map.of("author", "Smith, Tyler B. and Tait, Tim M. P.", "title", "Conserved Currents are Not Anomaly-Safe",
                "year", "2024", "month", "jan", "howpublished", "University of California, Irvine; dated January 8, 2024",
                "note", "no INSPIRE texkey or eprint number printed in the paper; key chosen by anomalon"));
        add(all, FINITE_NATURALNESS, Map.of("author", "Farina, Marco and Pappadopulo, Duccio and Strumia, Alessandro",
                "arxiv", "1303.7244"));
        add(all, FORM_FACTORS_GRVDV, Map.of("author", "Gubernari, N. and Reboud, M. and van Dyk, D. and Virto, J.",
                "title", "Dispersive analysis of B -> K(*) and Bs -> phi form factors", "arxiv", "2305.06301"));
        add(all, FORM_FACTORS_GKVD, Map.of("author", "Gubernari, N. and Kokulu, A. and van Dyk, D.", "journal", "JHEP",
                "title", "B -> P and B -> V form factors from B-meson light-cone sum rules beyond leading twist",
                "volume", "01", "year", "2019", "pages", "150", "arxiv", "1811.00983"));
        add(all, FORM_FACTORS_BSZ, Map.of("author", "Bharucha, A. and Straub, D. M. and Zwicky, R.", "journal", "JHEP",
                "title", "B -> V l+ l- in the Standard Model from light-cone sum rules",
                "volume", "08", "year", "2016", "pages", "098", "arxiv", "1503.05534"));
        add(all, FORM_FACTORS_ETM, Map.of("author", "Lubicz, V. and others", "collaboration", "ETM",
                "title", "Scalar and vector form factors of D -> pi(K) l nu decays with Nf = 2+1+1 twisted fermions",
                "journal", "Phys. Rev. D", "volume", "96", "year", "2017", "pages", "054514", "arxiv", "1706.03017"));
        return new References(all);
    }

    private static void add(Map<String, Reference> all, String key, Map<String, String> fields) {
        all.putIfAbsent(key, new Reference(key, "article", new java.util.TreeMap<>(fields)));
    }

    /** BibTeX of the cited keys (unknown keys are an error: every citation must resolve). */
    String bibtex(Set<String> keys) {
        StringBuilder bib = new StringBuilder();
        keys.forEach(key -> bib.append(reference(key).bibtex()).append('\n'));
        return bib.toString();
    }

    /** An HTML list of the cited papers. */
    String html(Set<String> keys) {
        StringBuilder html = new StringBuilder("<ol class=\"refs\">\n");
        keys.forEach(key -> html.append("<li>").append(Html.escape(reference(key).citation())).append("</li>\n"));
        return html.append("</ol>\n").toString();
    }

    private Reference reference(String key) {
        Reference reference = byKey.get(key);
        if (reference == null) {
            throw new IllegalStateException("report cites unknown reference " + key);
        }
        return reference;
    }
}

package org.anomalon.recast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anomalon.data.Kind;
import org.anomalon.data.LimitSource;
import org.anomalon.data.Reference;

/**
 * One limit of a recast database: bounds on the coupling g of a limit model (the dark photon, or
 * DarkCast's B − L boson), with what is needed to translate them into any other model —
 * how X was produced, which decays were seen, in which window of proper decay time — and the
 * limit's notes and BibTeX (DarkCast's text for the shipped set).
 *
 * @param id                  DarkCast's name, e.g. {@code LHCb_Aaij2017rft_prompt}
 * @param database            the database it belongs to, e.g. {@code darkcast}
 * @param experiment          for labels
 * @param limitModel          the model the bounds were set in
 * @param darkWidthOverVisible the limit model's dark-sector width in units of its visible width
 *                            (99 for DarkCast's invisible searches: BR(invisible) = 0.99), 0 otherwise
 * @param totalWidth          the states making the limit model's total width, or null for visible + invisible
 * @param production          how X was produced
 * @param decay               the final states seen ({@link DecayState#NONE}: the decay is not looked at)
 * @param bounds              the bounds, read when first needed
 * @param window              the decay-time window the search sees
 * @param validForAxial       false where the limit must not be recast into a model with axial couplings
 * @param validForVector      false where it must not be recast into a model with vector couplings
 * @param role                an exclusion, or the edge of a preferred band
 * @param notes               how the bounds were obtained (DarkCast's notes)
 * @param bibtex              the BibTeX entry to cite
 * @param source              the catalogue file and line that define it
 */
public record RecastLimit(String id, String database, String experiment, LimitModel limitModel, double darkWidthOverVisible,
                          Set<DecayState> totalWidth, Production production, Set<DecayState> decay,
                          Supplier<Bounds> bounds, Window window, boolean validForAxial, boolean validForVector,
                          Role role, String notes, String bibtex, String source) implements LimitSource {
    private static final Pattern FIELD = Pattern.compile("(\\w+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|\\{((?:[^{}]|\\{[^{}]*\\})*)\\}|(\\d+))");

    public RecastLimit {
        decay = Set.copyOf(decay);
        totalWidth = totalWidth == null ? null : Set.copyOf(totalWidth);
    }

    /** The model a limit was set in. */
    public enum LimitModel {
        /** x_f = e Q_f, g = ε (pure kinetic mixing). */
        DARK_PHOTON("dark_photon"),
        /** DarkCast's B − L boson: x_f = B − L for every fermion, neutrinos included (both chiralities). */
        B_MINUS_L("b_minus_l");

        private final String key;

        LimitModel(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** What the bounds mean. */
    public enum Role {
        EXCLUSION("exclusion"),
        /** Lower edge of a band of couplings preferred by a measurement (DarkCast's AMMmu_Bodas2021fsy_2l), not a limit. */
        PREFERRED_BAND_LOWER("preferred_band_lower"),
        /** Upper edge of such a band. */
        PREFERRED_BAND_UPPER("preferred_band_upper");

        private final String key;

        Role(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Production and decay, e.g. {@code e_brem, X -> e_e}. */
    @Override
    public String channel() {
        return production.describe() + ", X -> " + String.join(" + ", decay.stream().map(DecayState::darkCastName).sorted().toList());
    }

    @Override
    public String label() {
        return experiment;
    }

    @Override
    public Kind kind() {
        return Kind.RECAST;
    }

    @Override
    public boolean isExclusion() {
        return role == Role.EXCLUSION;
    }

    /** DarkCast's searches produce X through its tree-level couplings to SM fermions. */
    @Override
    public boolean treeLevel() {
        return true;
    }

    /** Preferred bands are not exclusions and are not drawn as such. */
    @Override
    public boolean plotByDefault() {
        return role == Role.EXCLUSION;
    }

    /** The paper of {@link #bibtex}, with the fields the entry records. */
    @Override
    public Reference reference() {
        int at = bibtex.indexOf('@');
        int brace = bibtex.indexOf('{');
        String type = at >= 0 && brace > at ? bibtex.substring(at + 1, brace).trim().toLowerCase(Locale.ROOT) : "misc";
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(bibtex.substring(Math.max(0, bibtex.indexOf(',', brace) + 1)));
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(4) != null ? matcher.group(4) : matcher.group(5);
            value = value.replaceAll("\\s+", " ").trim();
            if (name.equals("title") && value.startsWith("{") && value.endsWith("}")) {
                value = value.substring(1, value.length() - 1);
            }
            switch (name) {
                case "eprint" -> fields.put("arxiv", value);
                case "author", "title", "journal", "volume", "year", "pages", "collaboration", "doi" -> fields.put(name, value);
                default -> { }
            }
        }
        String key = citationKey().isEmpty() ? id : citationKey();
        return new Reference(key, type, fields);
    }

    @Override
    public List<Reference> references() {
        return List.of(reference());
    }

    @Override
    public String clSource() {
        return "coupling limit at the CL of the search (see notes), recast from the " + limitModel.key().replace('_', ' ')
                + " by production, branching and decay-time efficiency ratios (arXiv:1801.04847)";
    }

    /** The bounds (reads the file on first use). */
    public Bounds readBounds() {
        return bounds.get();
    }

    /** The BibTeX key of {@link #bibtex}, e.g. {@code Aaij:2017rft}; empty when there is none. */
    public String citationKey() {
        int brace = bibtex.indexOf('{');
        int comma = bibtex.indexOf(',', brace + 1);
        return brace < 0 || comma < 0 ? "" : bibtex.substring(brace + 1, comma).trim();
    }

    /** The limit model's widths at one mass, with this limit's dark width and total-width states. */
    Widths limitModelWidths(Widths base) {
        Widths widths = darkWidthOverVisible == 0 ? base : base.withDarkWidthTimesVisible(darkWidthOverVisible);
        return totalWidth == null ? widths : widths.withTotalOver(totalWidth);
    }
}

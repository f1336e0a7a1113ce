package org.anomalon.fit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anomalon.data.Kind;
import org.anomalon.data.LimitEntry;
import org.anomalon.data.LimitSource;
import org.anomalon.data.LimitsDatabase;
import org.anomalon.data.Reference;

/**
 * Belle II's B⁺ → K⁺νν̄ likelihood as an entry of the limits: the 90% CL upper limit on
 * B(B⁺ → K⁺X) × P_unseen at every m_X &lt; 4.78 GeV from the workspace and its number densities
 * ({@link BelleTwoWorkspace#upperLimit90}), computed from the likelihood (once per generated-q² column, the
 * results shipped with the workspace), not read from a published curve. It supersedes, in the
 * default limits, the recast of the same data ({@link #SUPERSEDES}).
 */
public final class BelleTwoWorkspaceLimit implements LimitSource {
    /** The entry's id in limits output. */
    public static final String ID = "BelleII-2024-workspace-BKX";
    /** The database recast of the same Belle II data (arXiv:2510.18953), left out when this entry is used. */
    public static final String SUPERSEDES = "BelleII-Abumusabh2025-BKX";
    // Sorted fields: a Map.of iterates in a different order in every JVM run, and the report's BibTeX must not.
    private static final Reference PUBLIC_LIKELIHOOD = new Reference("arXiv:2507.12393", "article", new TreeMap<>(Map.of(
            "collaboration", "Belle II",
            "title", "A model-agnostic likelihood for the reinterpretation of the B+ -> K+ nu nubar measurement at Belle II",
            "arxiv", "2507.12393", "year", "2025")));
    private static final BelleTwoWorkspaceLimit INSTANCE = new BelleTwoWorkspaceLimit();

    private final Reference measurement;

    private BelleTwoWorkspaceLimit() {
        measurement = LimitsDatabase.load().references().get("Belle-II:2023esi");
    }

    public static BelleTwoWorkspaceLimit get() {
        return INSTANCE;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String database() {
        return LimitEntry.DATABASE;
    }

    @Override
    public String channel() {
        return "B+->K+X";
    }

    @Override
    public String experiment() {
        return "Belle II";
    }

    @Override
    public String label() {
        return "Belle II (likelihood)";
    }

    @Override
    public Kind kind() {
        return Kind.OBSERVED;
    }

    @Override
    public boolean plotByDefault() {
        return true;
    }

    @Override
    public Reference reference() {
        return measurement;
    }

    @Override
    public List<Reference> references() {
        return List.of(measurement, PUBLIC_LIKELIHOOD);
    }

    @Override
    public String clSource() {
        return "90% CL, one-sided asymptotic profile-likelihood limit (q = 1.64) computed from Belle II's workspace";
    }

    @Override
    public String notes() {
        return "Belle II's pyhf workspace of arXiv:2311.14647 (released with arXiv:2507.12393) reweighted with its number "
                + "densities for a narrow X at q^2 = m_X^2 (method arXiv:2402.08417), SM signal at its SM strength, 231 nuisance "
                + "parameters profiled; no CLs. Step function of m_X (generated-q^2 columns of 0.229 GeV^2). docs/fit.md.";
    }
}

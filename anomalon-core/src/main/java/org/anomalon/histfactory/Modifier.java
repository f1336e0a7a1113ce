package org.anomalon.histfactory;

/**
 * A HistFactory modifier of one sample, as written in a pyhf workspace (pyhf JSON schema 1.0.0),
 * plus {@link BinFactor}, the programmatic bin-by-bin reweighting of a reinterpretation.
 *
 * <p>How each acts on the expected rate ν of a sample bin, with the parameter it introduces and
 * its constraint, is documented on the record; {@link HistFactoryModel} combines them.
 */
public sealed interface Modifier permits Modifier.NormFactor, Modifier.NormSys, Modifier.HistoSys,
        Modifier.StatError, Modifier.Lumi, Modifier.BinFactor {

    /** The parameter name; modifiers with the same name share their parameter. */
    String name();

    /** The pyhf type name ({@code normsys}, …), for messages. */
    String type();

    /** A free multiplicative factor θ (unconstrained; default bounds [0, 10], initial value 1). */
    record NormFactor(String name) implements Modifier {
        @Override
        public String type() {
            return "normfactor";
        }
    }

    /**
     * A normalisation uncertainty: factor κ(α) with {@code hi} = κ(+1), {@code lo} = κ(−1)
     * (ratios to nominal), interpolated with pyhf's code 4 ({@link NormSysCode4}); α has a unit
     * Gaussian constraint.
     */
    record NormSys(String name, double hi, double lo) implements Modifier {
        @Override
        public String type() {
            return "normsys";
        }
    }

    /**
     * A shape uncertainty: additive shift of every bin interpolated between the {@code hiData} and
     * {@code loData} templates with pyhf's code 4p ({@link HistoSysCode4p}); α has a unit Gaussian
     * constraint. Arrays are copied.
     */
    record HistoSys(String name, double[] hiData, double[] loData) implements Modifier {
        public HistoSys {
            hiData = hiData.clone();
            loData = loData.clone();
        }

        @Override
        public double[] hiData() {
            return hiData.clone();
        }

        @Override
        public double[] loData() {
            return loData.clone();
        }

        @Override
        public String type() {
            return "histosys";
        }
    }

    /**
     * The Monte Carlo statistical uncertainty of each bin (Barlow–Beeston "lite"): one factor γ_b
     * per bin, shared by the samples of the channel that carry the same name, with a Gaussian
     * constraint N(1 | γ_b, σ_b), σ_b = √(Σ_s δ²_sb)/Σ_s n⁰_sb over those samples ({@code errors}
     * are the absolute δ_sb). Array copied.
     */
    record StatError(String name, double[] errors) implements Modifier {
        public StatError {
            errors = errors.clone();
        }

        @Override
        public double[] errors() {
            return errors.clone();
        }

        @Override
        public String type() {
            return "staterror";
        }
    }

    /**
     * The luminosity: factor λ with a Gaussian constraint N(aux | λ, σ), aux and σ given by the
     * measurement's parameter settings ({@code auxdata}, {@code sigmas}).
     */
    record Lumi(String name) implements Modifier {
        @Override
        public String type() {
            return "lumi";
        }
    }

    /**
     * Not a pyhf type: a factor {@code offset[b] + θ slope[b]} per bin, linear in a new
     * unconstrained parameter θ — the bin-by-bin reweighting by which a reinterpretation replaces
     * a sample's physics (the custom modifiers of redist, arXiv:2402.08417 Sec. 3). A
     * {@link NormFactor} is the special case offset 0, slope 1. Arrays copied.
     */
    record BinFactor(String name, double[] offset, double[] slope) implements Modifier {
        public BinFactor {
            if (offset.length != slope.length) {
                throw new IllegalArgumentException("offset and slope need the same number of bins, got "
                        + offset.length + " and " + slope.length);
            }
            offset = offset.clone();
            slope = slope.clone();
        }

        @Override
        public double[] offset() {
            return offset.clone();
        }

        @Override
        public double[] slope() {
            return slope.clone();
        }

        @Override
        public String type() {
            return "bin factor";
        }
    }
}

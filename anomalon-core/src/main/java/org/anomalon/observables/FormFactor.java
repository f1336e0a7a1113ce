package org.anomalon.observables;

/**
 * A hadronic form factor F(q²) of a P → P' (f0) or P → V (A0) transition, with its published
 * parameter covariance so that a rate can carry an error.
 */
public interface FormFactor {
    /** E.g. {@code B->K f0}. */
    String id();

    /** The paper the parameters come from (arXiv number). */
    String citation();

    FormFactorParameters parameters();

    /** F(q²) at the parameter means; the z variable uses the masses of the actual decay. */
    double value(double q2, double massParent, double massDaughter);

    /** 1σ uncertainty of F(q²) by linear propagation of the parameter covariance. */
    double uncertainty(double q2, double massParent, double massDaughter);
}

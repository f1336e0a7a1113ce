package org.anomalon.histfactory;

/**
 * A parameter of a {@link HistFactoryModel} other than the per-bin statistical γ (which the model
 * profiles in closed form): the parameter of interest, free normalisations and constrained
 * nuisance parameters.
 *
 * @param name        the modifier name
 * @param poi         whether it is the measurement's parameter of interest
 * @param constrained whether it has a Gaussian constraint N(auxiliary | θ, sigma) (normsys,
 *                    histosys: auxiliary 0, sigma 1; lumi: from the measurement); otherwise free
 * @param lower       lower bound
 * @param upper       upper bound
 * @param initial     initial value (the value of a fixed parameter)
 * @param fixed       held at {@code initial} by every fit
 * @param auxiliary   centre of the constraint (NaN when unconstrained)
 * @param sigma       width of the constraint (NaN when unconstrained)
 */
public record Parameter(String name, boolean poi, boolean constrained, double lower, double upper, double initial,
                        boolean fixed, double auxiliary, double sigma) {
}

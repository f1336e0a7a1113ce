package org.anomalon.histfactory;

/**
 * A minimum of −2 ln L over the free parameters of a {@link ProfileLikelihood}: all of them (the
 * best fit) or all but the parameter of interest (one point of the profile).
 *
 * @param poi                    the parameter of interest's value
 * @param minusTwoLogLikelihood  −2 ln L there, constants included (pyhf's {@code twice_nll})
 * @param parameters             every parameter except the γ, in the model's order (copied)
 * @param iterations             Newton steps taken
 */
public record LikelihoodFit(double poi, double minusTwoLogLikelihood, double[] parameters, int iterations) {
    public LikelihoodFit {
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }
}

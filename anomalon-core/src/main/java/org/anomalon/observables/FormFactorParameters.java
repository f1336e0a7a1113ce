package org.anomalon.observables;

import java.util.List;

/**
 * The parameters of a form factor as published: names, means and their covariance (a multivariate
 * Gaussian). Arrays are copied in and out, so the value is immutable.
 */
public final class FormFactorParameters {
    private final List<String> names;
    private final double[] means;
    private final double[][] covariance;

    public FormFactorParameters(List<String> names, double[] means, double[][] covariance) {
        if (names.size() != means.length || covariance.length != means.length) {
            throw new IllegalArgumentException("parameter names, means and covariance differ in size");
        }
        this.names = List.copyOf(names);
        this.means = means.clone();
        this.covariance = new double[means.length][];
        for (int i = 0; i < means.length; i++) {
            this.covariance[i] = covariance[i].clone();
        }
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return means.length;
    }

    public double mean(int i) {
        return means[i];
    }

    public double[] means() {
        return means.clone();
    }

    public double covariance(int i, int j) {
        return covariance[i][j];
    }

    public double sigma(int i) {
        return Math.sqrt(covariance[i][i]);
    }

    /** Linear error propagation: σ_F² = ∇Fᵀ C ∇F for a function with gradient {@code gradient}. */
    public double propagate(double[] gradient) {
        double variance = 0;
        for (int i = 0; i < means.length; i++) {
            for (int j = 0; j < means.length; j++) {
                variance += gradient[i] * covariance[i][j] * gradient[j];
            }
        }
        return Math.sqrt(Math.max(variance, 0));
    }
}

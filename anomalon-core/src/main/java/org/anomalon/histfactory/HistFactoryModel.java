package org.anomalon.histfactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.InvalidInputException;
import org.hipparchus.special.Gamma;

/**
 * The HistFactory likelihood of a {@link Workspace} (K. Cranmer et al., CERN-OPEN-2012-016; the
 * conventions and default interpolations of pyhf, L. Heinrich, M. Feickert, G. Stark, JOSS 6 (2021)
 * 2823), with the per-bin statistical factors γ profiled in closed form.
 *
 * <p>Expected count of sample s in bin b (additive histosys shifts first, then factors):
 * <pre>
 *   ν_sb = [n⁰_sb + Σ_h Δ_hsb(α_h)] · Π_k κ_ks(α_k) · Π_f (u_fb + θ_f v_fb) · γ_{g(s,b)}
 * </pre>
 * (Δ: {@link HistoSysCode4p}; κ: {@link NormSysCode4}; the linear factors are normfactors (u = 0,
 * v = 1), lumi and {@link Modifier.BinFactor}s; γ: staterror). No clipping of negative rates.
 * <pre>
 *   −2 ln L = 2 Σ_b [ν_b − n_b ln ν_b + ln Γ(n_b + 1)] + Σ_θ [((θ − aux)/σ)² + ln 2πσ²]
 *           + Σ_g [(1 − γ_g)²/σ_g² + ln 2πσ_g²],        ν_b = Σ_s ν_sb
 * </pre>
 *
 * <p><b>Closed-form γ.</b> The γ of one bin appear in no other bin. With a_g the rate of the
 * samples sharing γ_g (all other parameters fixed) and r = 1 − n/ν, stationarity gives
 * γ_g = 1 − σ_g² a_g r, so ν = T − Q r with T = Σ_s a_s and Q = Σ_g σ_g² a_g², i.e.
 * ν² − (T − Q) ν − Q n = 0: ν is the positive root, computed without cancellation. This is the
 * exact minimum over the γ of that bin (the γ problem is strictly convex), so every function of
 * the other parameters below is the likelihood profiled exactly over all γ. Its gradient is
 * ∂/∂a_s = 2 γ_g r (envelope theorem) and its Hessian in the rates is
 * 2c w wᵀ − 2r² Σ_g σ_g² 1_g 1_gᵀ, with w_s = 2γ_g − 1 and c = n/(ν² + Qn); the chain rule through
 * the interpolations gives exact gradients and Hessians in the other parameters (what
 * {@link ProfileLikelihood}'s Newton iteration uses). A γ that would be negative is held at its
 * lower bound 0 (pyhf's is 1e-10) and the others solved again (an active set; a bin with n = 0 has
 * γ_g = max(0, 1 − σ_g² a_g)); a point where ν ≤ 0 is outside the model (−2 ln L = +∞). pyhf's upper
 * bound γ ≤ 10 is not imposed; it is never reached at sensible points.
 *
 * <p>Immutable and thread-safe; the evaluations allocate their work arrays per call, except through
 * a {@link Scratch}, which a single thread reuses.
 */
public final class HistFactoryModel {
    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final String source;
    private final List<Parameter> parameters;
    private final int poiIndex;
    private final double[] observed;
    private final double constant;
    private final int[] binStart;
    private final int[] binGroupStart;
    private final int[] groupStart;
    private final int[] groupEnd;
    private final int[] groupOfSampleBin;
    private final double[] groupSigma2;
    private final String[] groupNames;
    private final double[] nominal;
    private final int[] histoStart;
    private final int[] histoParam;
    private final double[] histoUp;
    private final double[] histoDown;
    private final int[] normStart;
    private final int[] normParam;
    private final NormSysCode4[] normInterpolation;
    private final int[] linearStart;
    private final int[] linearParam;
    private final double[] linearOffset;
    private final double[] linearSlope;
    private final int maxEntriesPerBin;

    private HistFactoryModel(Builder b) {
        this.source = b.source;
        this.parameters = List.copyOf(b.parameters);
        this.poiIndex = b.poiIndex;
        this.observed = b.observed.stream().mapToDouble(Double::doubleValue).toArray();
        this.groupSigma2 = b.groupSigma2.stream().mapToDouble(Double::doubleValue).toArray();
        this.groupNames = b.groupNames.toArray(String[]::new);
        int sampleBins = b.sampleBins.size();
        this.nominal = new double[sampleBins];
        this.binStart = new int[observed.length + 1];
        this.binGroupStart = new int[observed.length + 1];
        this.groupStart = new int[groupSigma2.length];
        this.groupEnd = new int[groupSigma2.length];
        this.groupOfSampleBin = new int[sampleBins];
        this.histoStart = new int[sampleBins + 1];
        this.normStart = new int[sampleBins + 1];
        this.linearStart = new int[sampleBins + 1];
        List<SampleBin> ordered = new ArrayList<>(b.sampleBins);
        // Sample bins ordered by bin, then by γ group (ungrouped last), so that both are contiguous ranges.
        ordered.sort((x, y) -> x.bin != y.bin ? Integer.compare(x.bin, y.bin)
                : Integer.compare(x.group < 0 ? Integer.MAX_VALUE : x.group, y.group < 0 ? Integer.MAX_VALUE : y.group));
        int histoCount = ordered.stream().mapToInt(s -> s.histo.size()).sum();
        int normCount = ordered.stream().mapToInt(s -> s.norm.size()).sum();
        int linearCount = ordered.stream().mapToInt(s -> s.linear.size()).sum();
        this.histoParam = new int[histoCount];
        this.histoUp = new double[histoCount];
        this.histoDown = new double[histoCount];
        this.normParam = new int[normCount];
        this.normInterpolation = new NormSysCode4[normCount];
        this.linearParam = new int[linearCount];
        this.linearOffset = new double[linearCount];
        this.linearSlope = new double[linearCount];
        int h = 0;
        int n = 0;
        int l = 0;
        int bin = 0;
        int group = 0;
        int maxEntries = 0;
        int entriesInBin = 0;
        for (int k = 0; k < sampleBins; k++) {
            SampleBin s = ordered.get(k);
            while (bin <= s.bin) {
                binStart[bin] = k;
                binGroupStart[bin] = group;
                bin++;
                entriesInBin = 0;
            }
            groupOfSampleBin[k] = s.group;
            if (s.group >= 0) {
                if (s.group >= group) {
                    groupStart[s.group] = k;
                    group = s.group + 1;
                }
                groupEnd[s.group] = k + 1;
            }
            nominal[k] = s.nominal;
            histoStart[k] = h;
            normStart[k] = n;
            linearStart[k] = l;
            for (double[] entry : s.histo) {
                histoParam[h] = (int) entry[0];
                histoUp[h] = entry[1];
                histoDown[h] = entry[2];
                h++;
            }
            for (int i = 0; i < s.norm.size(); i++) {
                normParam[n] = s.normParams.get(i);
                normInterpolation[n] = s.norm.get(i);
                n++;
            }
            for (double[] entry : s.linear) {
                linearParam[l] = (int) entry[0];
                linearOffset[l] = entry[1];
                linearSlope[l] = entry[2];
                l++;
            }
            entriesInBin += s.histo.size() + s.norm.size() + s.linear.size();
            maxEntries = Math.max(maxEntries, entriesInBin);
        }
        while (bin <= observed.length) {
            binStart[bin] = sampleBins;
            binGroupStart[bin] = group;
            bin++;
        }
        histoStart[sampleBins] = h;
        normStart[sampleBins] = n;
        linearStart[sampleBins] = l;
        this.maxEntriesPerBin = maxEntries;
        double sum = 0;
        for (double count : observed) {
            // 2[ν − n ln ν + ln Γ(n+1)] = 2[ν − n + n ln(n/ν)] + 2[n − n ln n + ln Γ(n+1)]
            sum += 2 * (count - (count > 0 ? count * Math.log(count) : 0) + Gamma.logGamma(count + 1));
        }
        for (Parameter p : parameters) {
            if (p.constrained()) {
                sum += LOG_TWO_PI + 2 * Math.log(p.sigma());
            }
        }
        for (double sigma2 : groupSigma2) {
            sum += LOG_TWO_PI + Math.log(sigma2);
        }
        this.constant = sum;
    }

    /** The likelihood of the workspace's first measurement. */
    public static HistFactoryModel of(Workspace workspace) {
        return of(workspace, workspace.measurements().get(0).name());
    }

    /** The likelihood of the named measurement (its POI and parameter settings). */
    public static HistFactoryModel of(Workspace workspace, String measurement) {
        return new HistFactoryModel(new Builder(workspace, workspace.measurement(measurement)));
    }

    /** Where the workspace was read from. */
    public String source() {
        return source;
    }

    /** The parameters other than the γ, in order of first appearance in the workspace. */
    public List<Parameter> parameters() {
        return parameters;
    }

    public int parameterCount() {
        return parameters.size();
    }

    public int poiIndex() {
        return poiIndex;
    }

    /** The index of a parameter by name. */
    public int index(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        throw InvalidInputException.of(source, "parameter", name, "a parameter of the model");
    }

    /** The initial values of the parameters. */
    public double[] initialValues() {
        return parameters.stream().mapToDouble(Parameter::initial).toArray();
    }

    /** The number of profiled statistical factors γ (one per bin and staterror name with σ &gt; 0). */
    public int gammaCount() {
        return groupSigma2.length;
    }

    /** The γ names, pyhf style: {@code staterror_name[bin]}. */
    public List<String> gammaNames() {
        return List.of(groupNames);
    }

    /** The relative widths σ_g of the γ constraints. */
    public double[] gammaWidths() {
        return Arrays.stream(groupSigma2).map(Math::sqrt).toArray();
    }

    /** The number of bins (all channels). */
    public int binCount() {
        return observed.length;
    }

    /** −2 ln L at the parameters {@code x}, profiled over every γ (+∞ outside the model). */
    public double minusTwoLogLikelihood(double[] x) {
        return evaluate(x, null, null, null, new Scratch(this)) + constant;
    }

    /** −2 ln L at the parameters {@code x} and the given γ (in the order of {@link #gammaNames()}). */
    public double minusTwoLogLikelihood(double[] x, double[] gammas) {
        requireLength(gammas, groupSigma2.length, "gammas");
        return evaluate(x, gammas, null, null, new Scratch(this)) + constant;
    }

    /** The γ that minimise −2 ln L at the parameters {@code x}. */
    public double[] profiledGammas(double[] x) {
        Scratch scratch = new Scratch(this);
        evaluate(x, null, null, null, scratch);
        return scratch.gammas.clone();
    }

    /** The expected count ν_b of every bin (channels in order) at {@code x} and the profiled γ. */
    public double[] expectedCounts(double[] x) {
        Scratch scratch = new Scratch(this);
        evaluate(x, null, null, null, scratch);
        return scratch.expected.clone();
    }

    /**
     * −2 ln L profiled over the γ (or at {@code fixedGammas}), and optionally its gradient and
     * Hessian (row-major, P × P) in the parameters, overwritten. Constants included.
     */
    double value(double[] x, double[] fixedGammas, double[] gradient, double[] hessian, Scratch scratch) {
        return evaluate(x, fixedGammas, gradient, hessian, scratch) + constant;
    }

    private double evaluate(double[] x, double[] fixedGammas, double[] gradient, double[] hessian, Scratch s) {
        requireLength(x, parameters.size(), "parameters");
        boolean derivatives = gradient != null;
        int size = parameters.size();
        if (derivatives) {
            Arrays.fill(gradient, 0);
        }
        if (hessian != null) {
            Arrays.fill(hessian, 0);
        }
        double total = 0;
        for (int p = 0; p < size; p++) {
            Parameter parameter = parameters.get(p);
            if (parameter.constrained()) {
                double pull = (x[p] - parameter.auxiliary()) / parameter.sigma();
                total += pull * pull;
                if (derivatives) {
                    gradient[p] += 2 * pull / parameter.sigma();
                }
                if (hessian != null) {
                    hessian[p * size + p] += 2 / (parameter.sigma() * parameter.sigma());
                }
            }
        }
        for (int bin = 0; bin < observed.length; bin++) {
            double n = observed[bin];
            double totalRate = 0;
            for (int k = binStart[bin]; k < binStart[bin + 1]; k++) {
                s.rate[k] = rate(k, x);
                totalRate += s.rate[k];
            }
            int firstGroup = binGroupStart[bin];
            int endGroup = binGroupStart[bin + 1];
            double q = 0;
            for (int g = firstGroup; g < endGroup; g++) {
                double groupRate = 0;
                for (int k = groupStart[g]; k < groupEnd[g]; k++) {
                    groupRate += s.rate[k];
                }
                s.groupRate[g] = groupRate;
                q += groupSigma2[g] * groupRate * groupRate;
            }
            double nu;
            double r;
            double c;
            if (fixedGammas != null) {
                nu = totalRate;
                for (int g = firstGroup; g < endGroup; g++) {
                    s.gammas[g] = fixedGammas[g];
                    nu += (fixedGammas[g] - 1) * s.groupRate[g];
                }
                if (!(nu > 0) && !(n == 0 && nu == 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                r = n > 0 ? 1 - n / nu : 1;
                c = n > 0 ? n / (nu * nu) : 0;
            } else if (n > 0) {
                // Closed form over the unclamped γ; a γ that would be negative sits at its bound 0 (its samples
                // then add nothing to ν) and the others are solved again: an active set, at most one pass per γ.
                double rate = totalRate;
                double free = q;
                for (int g = firstGroup; g < endGroup; g++) {
                    s.gammas[g] = 1;
                }
                while (true) {
                    double d = rate - free;
                    double root = Math.sqrt(d * d + 4 * free * n);
                    nu = d >= 0 ? (d + root) / 2 : 2 * free * n / (root - d);
                    if (!(nu > 0)) {
                        return Double.POSITIVE_INFINITY;
                    }
                    r = 1 - n / nu;
                    boolean clamped = false;
                    for (int g = firstGroup; g < endGroup; g++) {
                        if (s.gammas[g] == 0) {
                            continue;
                        }
                        double gamma = 1 - groupSigma2[g] * s.groupRate[g] * r;
                        if (gamma <= 0) {
                            s.gammas[g] = 0;
                            rate -= s.groupRate[g];
                            free -= groupSigma2[g] * s.groupRate[g] * s.groupRate[g];
                            clamped = true;
                        } else {
                            s.gammas[g] = gamma;
                        }
                    }
                    if (!clamped) {
                        break;
                    }
                }
                c = n / (nu * nu + free * n);
            } else {
                r = 1;
                c = 0;
                nu = totalRate;
                for (int g = firstGroup; g < endGroup; g++) {
                    double gamma = Math.max(0, 1 - groupSigma2[g] * s.groupRate[g]);
                    s.gammas[g] = gamma;
                    nu += (gamma - 1) * s.groupRate[g];
                }
                if (nu < 0) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            s.expected[bin] = nu;
            total += 2 * (nu - n + (n > 0 ? n * Math.log(n / nu) : 0));
            for (int g = firstGroup; g < endGroup; g++) {
                double pull = 1 - s.gammas[g];
                total += pull * pull / groupSigma2[g];
            }
            if (derivatives) {
                accumulateBin(bin, x, r, c, fixedGammas != null, gradient, hessian, s);
            }
        }
        if (hessian != null) {
            mirrorUpperTriangle(hessian, size);
        }
        return total;
    }

    /** Rate of sample bin k at γ = 1. */
    private double rate(int k, double[] x) {
        double additive = nominal[k];
        for (int h = histoStart[k]; h < histoStart[k + 1]; h++) {
            additive += HistoSysCode4p.value(x[histoParam[h]], histoUp[h], histoDown[h]);
        }
        double product = additive;
        for (int i = normStart[k]; i < normStart[k + 1]; i++) {
            product *= normInterpolation[i].value(x[normParam[i]]);
        }
        for (int f = linearStart[k]; f < linearStart[k + 1]; f++) {
            product *= linearOffset[f] + x[linearParam[f]] * linearSlope[f];
        }
        return product;
    }

    /**
     * Adds one bin's gradient and Hessian: J_kᵀ G_k + Σ_k G_k ∂²a_k (through the interpolations) plus
     * the Hessian in the rates, 2c u uᵀ − 2r² Σ_g σ_g² v_g v_gᵀ with u = Σ_k w_k J_k, v_g = Σ_{k∈g} J_k.
     */
    private void accumulateBin(int bin, double[] x, double r, double c, boolean gammasFixed, double[] gradient,
                               double[] hessian, Scratch s) {
        int size = parameters.size();
        SparseVector u = s.u;
        SparseVector v = s.v;
        u.clear();
        for (int k = binStart[bin]; k < binStart[bin + 1]; k++) {
            int group = groupOfSampleBin[k];
            double gamma = group >= 0 ? s.gammas[group] : 1;
            double gradientWeight = 2 * gamma * r;
            int entries = jacobian(k, x, hessian == null ? 0 : gradientWeight, hessian, s);
            for (int e = 0; e < entries; e++) {
                gradient[s.jacobianParam[e]] += gradientWeight * s.jacobianValue[e];
            }
            if (hessian == null) {
                continue;
            }
            // ∂ν/∂a_k: γ for fixed γ, 2γ − 1 for profiled ones, 0 for a γ held at its bound 0.
            double rankOneWeight = gammasFixed || group < 0 ? gamma : gamma > 0 ? 2 * gamma - 1 : 0;
            for (int e = 0; e < entries; e++) {
                u.add(s.jacobianParam[e], rankOneWeight * s.jacobianValue[e]);
                if (group >= 0) {
                    v.add(s.jacobianParam[e], s.jacobianValue[e]);
                }
            }
            if (group >= 0 && k + 1 == groupEnd[group]) {
                if (!gammasFixed && s.gammas[group] > 0) {
                    v.addOuterToUpper(hessian, size, -2 * r * r * groupSigma2[group]);
                }
                v.clear();
            }
        }
        if (hessian != null) {
            u.addOuterToUpper(hessian, size, 2 * c);
        }
    }

    /**
     * Fills the sparse gradient of the rate a_k (entries may repeat a parameter) and adds
     * {@code weight} × its Hessian to {@code hessian}: the product rule over the additive block
     * B = n⁰ + Σ Δ_h, the normsys product K = Π κ_i (κ &gt; 0, so its derivatives are K κ′/κ) and the
     * linear factors L_f.
     */
    private int jacobian(int k, double[] x, double weight, double[] hessian, Scratch s) {
        int size = parameters.size();
        boolean second = weight != 0;
        double additive = nominal[k];
        int entries = 0;
        for (int h = histoStart[k]; h < histoStart[k + 1]; h++) {
            double alpha = x[histoParam[h]];
            additive += HistoSysCode4p.value(alpha, histoUp[h], histoDown[h]);
            s.jacobianParam[entries] = histoParam[h];
            s.first[entries] = HistoSysCode4p.derivative(alpha, histoUp[h], histoDown[h]);
            if (second) {
                s.second[entries] = HistoSysCode4p.secondDerivative(alpha, histoUp[h], histoDown[h]);
            }
            entries++;
        }
        int histoEnd = entries;
        double norm = 1;
        for (int i = normStart[k]; i < normStart[k + 1]; i++) {
            double alpha = x[normParam[i]];
            NormSysCode4 kappa = normInterpolation[i];
            double value = kappa.value(alpha);
            norm *= value;
            s.jacobianParam[entries] = normParam[i];
            s.first[entries] = kappa.derivative(alpha) / value;
            if (second) {
                s.second[entries] = kappa.secondDerivative(alpha) / value;
            }
            entries++;
        }
        int normEnd = entries;
        int linearCount = linearStart[k + 1] - linearStart[k];
        double linear = 1;
        for (int f = 0; f < linearCount; f++) {
            int index = linearStart[k] + f;
            s.linearValue[f] = linearOffset[index] + x[linearParam[index]] * linearSlope[index];
            linear *= s.linearValue[f];
            s.jacobianParam[entries] = linearParam[index];
            s.first[entries] = linearSlope[index];
            entries++;
        }
        double normLinear = norm * linear;
        // First derivatives of a_k = B K L.
        for (int e = 0; e < histoEnd; e++) {
            s.jacobianValue[e] = s.first[e] * normLinear;
        }
        for (int e = histoEnd; e < normEnd; e++) {
            s.jacobianValue[e] = additive * normLinear * s.first[e];
        }
        for (int f = 0; f < linearCount; f++) {
            s.jacobianValue[normEnd + f] = additive * norm * s.first[normEnd + f] * linearExcept(s, linearCount, f, -1);
        }
        if (!second) {
            return entries;
        }
        // Second derivatives, weighted by ∂g/∂a_k.
        for (int e = 0; e < histoEnd; e++) {
            addDiagonal(hessian, size, s.jacobianParam[e], weight * s.second[e] * normLinear);
            for (int e2 = histoEnd; e2 < normEnd; e2++) {
                addPair(hessian, size, s.jacobianParam[e], s.jacobianParam[e2], weight * s.first[e] * normLinear * s.first[e2]);
            }
            for (int f = 0; f < linearCount; f++) {
                addPair(hessian, size, s.jacobianParam[e], s.jacobianParam[normEnd + f],
                        weight * s.first[e] * norm * s.first[normEnd + f] * linearExcept(s, linearCount, f, -1));
            }
        }
        double full = additive * normLinear;
        for (int e = histoEnd; e < normEnd; e++) {
            addDiagonal(hessian, size, s.jacobianParam[e], weight * full * s.second[e]);
            for (int e2 = e + 1; e2 < normEnd; e2++) {
                addPair(hessian, size, s.jacobianParam[e], s.jacobianParam[e2], weight * full * s.first[e] * s.first[e2]);
            }
            for (int f = 0; f < linearCount; f++) {
                addPair(hessian, size, s.jacobianParam[e], s.jacobianParam[normEnd + f],
                        weight * additive * norm * s.first[e] * s.first[normEnd + f] * linearExcept(s, linearCount, f, -1));
            }
        }
        for (int f = 0; f < linearCount; f++) {
            for (int f2 = f + 1; f2 < linearCount; f2++) {
                addPair(hessian, size, s.jacobianParam[normEnd + f], s.jacobianParam[normEnd + f2],
                        weight * additive * norm * s.first[normEnd + f] * s.first[normEnd + f2]
                                * linearExcept(s, linearCount, f, f2));
            }
        }
        return entries;
    }

    /** Π of the linear factors of the current sample bin except {@code skip} and {@code skip2}. */
    private static double linearExcept(Scratch s, int count, int skip, int skip2) {
        double product = 1;
        for (int f = 0; f < count; f++) {
            if (f != skip && f != skip2) {
                product *= s.linearValue[f];
            }
        }
        return product;
    }

    // The Hessian is accumulated in its upper triangle (half the work) and mirrored once at the end.

    private static void addDiagonal(double[] hessian, int size, int p, double value) {
        hessian[p * size + p] += value;
    }

    /** Adds {@code value} to H_pq and H_qp (2 value on the diagonal when p = q). */
    private static void addPair(double[] hessian, int size, int p, int q, double value) {
        if (p == q) {
            hessian[p * size + p] += 2 * value;
        } else {
            hessian[Math.min(p, q) * size + Math.max(p, q)] += value;
        }
    }

    private static void mirrorUpperTriangle(double[] hessian, int size) {
        for (int p = 0; p < size; p++) {
            for (int q = p + 1; q < size; q++) {
                hessian[q * size + p] = hessian[p * size + q];
            }
        }
    }

    private void requireLength(double[] values, int expected, String what) {
        if (values.length != expected) {
            throw new IllegalArgumentException(what + " of " + source + ": expected " + expected + " values, got " + values.length);
        }
    }

    /** Work arrays of one thread's evaluations. */
    static final class Scratch {
        final double[] rate;
        final double[] groupRate;
        final double[] gammas;
        final double[] expected;
        final int[] jacobianParam;
        final double[] jacobianValue;
        final double[] first;
        final double[] second;
        final double[] linearValue;
        final SparseVector u;
        final SparseVector v;

        Scratch(HistFactoryModel model) {
            int size = model.parameters.size();
            int entries = Math.max(1, model.maxEntriesPerBin);
            rate = new double[model.nominal.length];
            groupRate = new double[model.groupSigma2.length];
            gammas = new double[model.groupSigma2.length];
            expected = new double[model.observed.length];
            jacobianParam = new int[entries];
            jacobianValue = new double[entries];
            first = new double[entries];
            second = new double[entries];
            linearValue = new double[entries];
            u = new SparseVector(size);
            v = new SparseVector(size);
        }
    }

    /** A dense vector that remembers which entries are non-zero, so that clearing and outer products cost only those. */
    static final class SparseVector {
        private final double[] values;
        private final int[] touched;
        private final boolean[] seen;
        private int count;

        SparseVector(int size) {
            values = new double[size];
            touched = new int[size];
            seen = new boolean[size];
        }

        void add(int p, double value) {
            if (!seen[p]) {
                seen[p] = true;
                touched[count++] = p;
            }
            values[p] += value;
        }

        /** The upper triangle of matrix += weight · this ⊗ this (row-major, size × size). */
        void addOuterToUpper(double[] matrix, int size, double weight) {
            for (int i = 0; i < count; i++) {
                int p = touched[i];
                double scaled = weight * values[p];
                matrix[p * size + p] += scaled * values[p];
                for (int j = i + 1; j < count; j++) {
                    int q = touched[j];
                    matrix[p < q ? p * size + q : q * size + p] += scaled * values[q];
                }
            }
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                values[touched[i]] = 0;
                seen[touched[i]] = false;
            }
            count = 0;
        }
    }

    /** One (sample, bin) of the workspace while the model is assembled. */
    private static final class SampleBin {
        final int bin;
        final double nominal;
        int group = -1;
        boolean hasStatError;
        final List<double[]> histo = new ArrayList<>();
        final List<NormSysCode4> norm = new ArrayList<>();
        final List<Integer> normParams = new ArrayList<>();
        final List<double[]> linear = new ArrayList<>();

        SampleBin(int bin, double nominal) {
            this.bin = bin;
            this.nominal = nominal;
        }
    }

    /** Assembles the flat arrays from the workspace and the measurement's settings. */
    private static final class Builder {
        final String source;
        final List<Parameter> parameters = new ArrayList<>();
        int poiIndex;
        final List<Double> observed = new ArrayList<>();
        final List<Double> groupSigma2 = new ArrayList<>();
        final List<String> groupNames = new ArrayList<>();
        final List<SampleBin> sampleBins = new ArrayList<>();
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final Map<String, String> kind = new LinkedHashMap<>();
        private final Map<String, String> statErrorChannel = new LinkedHashMap<>();

        Builder(Workspace workspace, MeasurementConfig measurement) {
            this.source = workspace.source();
            List<String> names = new ArrayList<>();
            for (Workspace.Channel channel : workspace.channels()) {
                for (Workspace.Sample sample : channel.samples()) {
                    for (Modifier modifier : sample.modifiers()) {
                        declare(modifier, channel, sample, names);
                    }
                }
            }
            for (ParameterSetting setting : measurement.parameters()) {
                if (statErrorChannel.containsKey(setting.name())) {
                    throw InvalidInputException.of(source + ": measurement '" + measurement.name() + "'", "parameter setting",
                            setting.name(), "settings of normfactor, normsys, histosys or lumi parameters (staterror γ are "
                                    + "profiled in closed form and cannot be set)");
                }
                if (!index.containsKey(setting.name())) {
                    throw InvalidInputException.of(source + ": measurement '" + measurement.name() + "'", "parameter setting",
                            setting.name(), "the name of a modifier of the workspace");
                }
            }
            if (!index.containsKey(measurement.poi()) || !"free".equals(kind.get(measurement.poi()))) {
                throw InvalidInputException.of(source + ": measurement '" + measurement.name() + "'", "poi", measurement.poi(),
                        "the name of a normfactor of the workspace");
            }
            for (String name : names) {
                parameters.add(parameter(name, kind.get(name), name.equals(measurement.poi()),
                        measurement.setting(name).orElse(null), measurement.name()));
            }
            poiIndex = index.get(measurement.poi());
            int binOffset = 0;
            for (Workspace.Channel channel : workspace.channels()) {
                double[] counts = channel.observed();
                for (double count : counts) {
                    observed.add(count);
                }
                addSampleBins(channel, binOffset);
                binOffset += counts.length;
            }
        }

        private void declare(Modifier modifier, Workspace.Channel channel, Workspace.Sample sample, List<String> names) {
            String name = modifier.name();
            String where = source + ": channel '" + channel.name() + "' sample '" + sample.name() + "' modifier '" + name + "'";
            if (modifier instanceof Modifier.StatError) {
                String previous = statErrorChannel.putIfAbsent(name, channel.name());
                if (previous != null && !previous.equals(channel.name())) {
                    throw InvalidInputException.of(where, "name", name, "a staterror name used in one channel only (also in '"
                            + previous + "')");
                }
                if (index.containsKey(name)) {
                    throw InvalidInputException.of(where, "name", name, "a staterror name no other modifier uses");
                }
                return;
            }
            if (modifier instanceof Modifier.BinFactor factor && factor.offset().length != channel.binCount()) {
                throw InvalidInputException.because(where, "the bin factor has " + factor.offset().length
                        + " bins, the channel has " + channel.binCount());
            }
            String parameterKind = modifier instanceof Modifier.NormSys || modifier instanceof Modifier.HistoSys
                    ? "unit-gaussian" : modifier instanceof Modifier.Lumi ? "lumi" : "free";
            if (statErrorChannel.containsKey(name)) {
                throw InvalidInputException.of(where, "name", name, "a name not already used by a staterror");
            }
            String previous = kind.putIfAbsent(name, parameterKind);
            if (previous == null) {
                index.put(name, names.size());
                names.add(name);
            } else if (!previous.equals(parameterKind)) {
                throw InvalidInputException.of(where, "type", modifier.type(),
                        "the same kind of parameter as the other modifiers named '" + name + "' (" + previous + ")");
            }
        }

        private Parameter parameter(String name, String parameterKind, boolean poi, ParameterSetting setting,
                                    String measurement) {
            String where = source + ": measurement '" + measurement + "' parameter '" + name + "'";
            double lower;
            double upper;
            double initial;
            double auxiliary = Double.NaN;
            double sigma = Double.NaN;
            boolean constrained = !"free".equals(parameterKind);
            switch (parameterKind) {
                case "free" -> {
                    lower = 0;
                    upper = 10;
                    initial = 1;
                }
                case "unit-gaussian" -> {
                    lower = -5;
                    upper = 5;
                    initial = 0;
                    auxiliary = 0;
                    sigma = 1;
                }
                default -> {
                    if (setting == null || setting.auxiliary().isEmpty() || setting.sigma().isEmpty()) {
                        throw InvalidInputException.because(where, "a lumi parameter needs 'auxdata' and 'sigmas' in the "
                                + "measurement's parameter settings");
                    }
                    auxiliary = setting.auxiliary().getAsDouble();
                    sigma = setting.sigma().getAsDouble();
                    lower = 0;
                    upper = 10;
                    initial = auxiliary;
                }
            }
            boolean fixed = false;
            if (setting != null) {
                lower = setting.lower().orElse(lower);
                upper = setting.upper().orElse(upper);
                initial = setting.initial().orElse(initial);
                fixed = setting.fixed();
                if (constrained) {
                    auxiliary = setting.auxiliary().orElse(auxiliary);
                    sigma = setting.sigma().orElse(sigma);
                } else if (setting.auxiliary().isPresent() || setting.sigma().isPresent()) {
                    throw InvalidInputException.because(where, "'auxdata' and 'sigmas' apply to constrained parameters, "
                            + "not to a normfactor");
                }
            }
            if (constrained && !(sigma > 0)) {
                throw InvalidInputException.of(where, "sigmas", sigma, "a positive width");
            }
            if (!(initial >= lower && initial <= upper)) {
                throw InvalidInputException.of(where, "inits", initial, "a value within the bounds [" + lower + ", " + upper + "]");
            }
            return new Parameter(name, poi, constrained, lower, upper, initial, fixed, auxiliary, sigma);
        }

        private void addSampleBins(Workspace.Channel channel, int binOffset) {
            int bins = channel.binCount();
            Map<String, double[]> statNominal = new LinkedHashMap<>();
            Map<String, double[]> statVariance = new LinkedHashMap<>();
            for (Workspace.Sample sample : channel.samples()) {
                double[] nominalRates = sample.nominal();
                for (Modifier modifier : sample.modifiers()) {
                    if (modifier instanceof Modifier.StatError stat) {
                        double[] errors = stat.errors();
                        double[] sums = statNominal.computeIfAbsent(stat.name(), n -> new double[bins]);
                        double[] variances = statVariance.computeIfAbsent(stat.name(), n -> new double[bins]);
                        for (int b = 0; b < bins; b++) {
                            sums[b] += nominalRates[b];
                            variances[b] += errors[b] * errors[b];
                        }
                    }
                }
            }
            // One γ per (staterror name, bin) with σ > 0, numbered bin by bin (the model's γ order).
            Map<String, int[]> groups = new LinkedHashMap<>();
            for (String name : statNominal.keySet()) {
                groups.put(name, new int[bins]);
            }
            for (int b = 0; b < bins; b++) {
                for (Map.Entry<String, int[]> entry : groups.entrySet()) {
                    double sum = statNominal.get(entry.getKey())[b];
                    double variance = statVariance.get(entry.getKey())[b];
                    if (variance > 0 && sum > 0) {
                        entry.getValue()[b] = groupSigma2.size();
                        groupSigma2.add(variance / (sum * sum));
                        groupNames.add(entry.getKey() + "[" + b + "]");
                    } else {
                        entry.getValue()[b] = -1;
                    }
                }
            }
            for (Workspace.Sample sample : channel.samples()) {
                double[] nominalRates = sample.nominal();
                for (int b = 0; b < bins; b++) {
                    SampleBin sampleBin = new SampleBin(binOffset + b, nominalRates[b]);
                    for (Modifier modifier : sample.modifiers()) {
                        addModifier(sampleBin, modifier, b, groups, sample.nominal());
                    }
                    sampleBins.add(sampleBin);
                }
            }
        }

        private void addModifier(SampleBin target, Modifier modifier, int b, Map<String, int[]> groups, double[] nominalRates) {
            if (modifier instanceof Modifier.StatError stat) {
                if (target.hasStatError) {
                    throw InvalidInputException.because(source + ": modifier '" + stat.name() + "'",
                            "a sample carries at most one staterror");
                }
                target.hasStatError = true;
                target.group = groups.get(stat.name())[b];
                return;
            }
            int p = index.get(modifier.name());
            if (modifier instanceof Modifier.HistoSys histo) {
                target.histo.add(new double[] {p, histo.hiData()[b] - nominalRates[b], nominalRates[b] - histo.loData()[b]});
            } else if (modifier instanceof Modifier.NormSys norm) {
                target.norm.add(new NormSysCode4(norm.hi(), norm.lo()));
                target.normParams.add(p);
            } else if (modifier instanceof Modifier.BinFactor factor) {
                target.linear.add(new double[] {p, factor.offset()[b], factor.slope()[b]});
            } else {
                target.linear.add(new double[] {p, 0, 1}); // normfactor, lumi
            }
        }
    }
}

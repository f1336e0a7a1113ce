package org.anomalon.cli;

import java.util.Locale;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.LikelihoodTerm;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.ModelLine;
import org.anomalon.fit.Prediction;
import org.anomalon.fit.Readings;
import org.anomalon.fit.SignalStrengthFit;
import org.anomalon.fit.TheoryBand;
import org.anomalon.fit.TwoBodyFit;
import org.anomalon.format.SmithTaitReason;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.model.Rationals;
import org.anomalon.study.FitResult;
import org.anomalon.study.FitSignal;
import org.anomalon.study.LimitTension;
import org.anomalon.study.WorkspaceTerm;
import org.anomalon.study.PlaneResult;
import org.anomalon.triangle.StContribution;

/** Text output of {@code anomalon fit}. */
final class FitText {
    private FitText() {
    }

    static String model(FitResult fit, Inputs inputs) {
        ModelFitReport report = fit.report();
        AnomalyAnalysis traces = fit.traces();
        String chargeSource = fit.charge().map(BreakingCharge::source).orElse(null);
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Model: %s   (A_XWW = %s, A_XYY = %s)%n", report.model(),
                Rationals.format(traces.traceXWW()), Rationals.format(traces.traceXYY())));
        text.append(likelihoodLine(fit));
        text.append(header(fit.measurementSetName(), fit.likelihoodOptions().readings(), fit.likelihood()));
        text.append(String.format(Locale.ROOT, "Top mass in the loop function: %.2f GeV, %s (%s)%n", fit.topMass().value_GeV(),
                fit.topMass().scheme().label(), fit.topMass().source()));
        text.append(String.format(Locale.ROOT, "B(X -> invisible) = %.4g at m_X (multiplies every missing-energy prediction)%n",
                fit.invisibleFraction()));
        text.append(smithTait(fit.signal())).append('\n');
        BestFit best = report.best();
        boolean hasZ = fit.likelihood().hasObservable(ExcessFit.Z_PHOTON);
        text.append(String.format(Locale.ROOT, "Fit %s:%n", report.includesZ() ? "(B -> K(*)X and Z -> gamma X)"
                : hasZ ? "(B -> K(*)X only, Z -> gamma X left out)" : "(B -> K(*)X; no Z -> gamma X term)"));
        text.append(String.format(Locale.ROOT, "  best-fit g_X    = %.5f   (1 sigma: %.5f - %.5f)%n", best.couplingX(),
                best.interval1Sigma().lower(), best.interval1Sigma().upper()));
        text.append(theoryBand(fit.theoryBand()));
        text.append(String.format(Locale.ROOT, fit.workspace().isPresent() ? "  -2 ln L_min     = %.3f    -2 ln L_SM = %.3f%n"
                : "  chi2_min        = %.3f    chi2_SM = %.3f%n", best.chiSquaredMin(), best.chiSquaredSM()));
        text.append(String.format(Locale.ROOT, "  Delta chi2 (SM) = %.3f   ->  %.2f sigma preference over the SM (1 d.o.f.)%n",
                best.deltaChiSquaredSM(), best.significanceSigma()));
        if (hasZ) {
            text.append(String.format(Locale.ROOT, "  %s: g_X = %.5f, Delta chi2 = %.3f, %.2f sigma%n",
                    report.includesZ() ? "without Z -> gamma X" : "with Z -> gamma X", report.alternative().couplingX(),
                    report.alternative().deltaChiSquaredSM(), report.alternative().significanceSigma()));
        }
        text.append('\n');
        fit.workspace().ifPresent(workspace -> text.append(workspaceLine(workspace, best.couplingX())));
        text.append(tensions(fit));
        text.append("Predictions at the best fit (range: the 1 sigma interval of g_X; then the form-factor 1 sigma):\n");
        for (Prediction prediction : report.predictions()) {
            if (prediction.isClosed()) {
                text.append(String.format(Locale.ROOT, "  B(%-10s)   kinematically closed at this m_X%n", prediction.observable()));
                continue;
            }
            text.append(String.format(Locale.ROOT, "  B(%-10s) = %.3e   [%.3e, %.3e]   +- %.1e (form factors)%n",
                    prediction.observable(), prediction.value(), prediction.interval1Sigma().lower(),
                    prediction.interval1Sigma().upper(), prediction.theoryUncertainty()));
        }
        Prediction vX = report.anomalonScale();
        text.append(String.format(Locale.ROOT, "  v_X = m_X/(X_S g_X) = %.1f GeV   [%.1f, %s] GeV   (%s)%n%n",
                vX.value(), vX.interval1Sigma().lower(), Double.isInfinite(vX.interval1Sigma().upper()) ? "inf"
                        : String.format(Locale.ROOT, "%.1f", vX.interval1Sigma().upper()),
                chargeSource == null ? "X_S = 1 assumed: the model has no single breaking scalar; give --xs"
                        : "X_S = " + fmt(report.chargeS()) + " from " + chargeSource));
        text.append(String.format(Locale.ROOT,
                "Equivalence-theorem B rates: corrections O(m_X^2/m_B^2) = %.0f%% are not included (P0 Sec. 3.2.5).%n%n",
                100 * fit.equivalenceTheoremCorrection()));
        if (!fit.chosenTerms().isEmpty()) {
            text.append("Gaussian chi2 terms at the best fit (rate scale: squared couplings, branching ratios):\n");
        }
        for (LikelihoodTerm term : fit.chosenTerms()) {
            text.append(String.format(Locale.ROOT, "  %-10s predicted %.3e  vs %s   chi2 = %.3f%n      %s%n",
                    term.observable().label(), fit.predictedAtBestFit(term), measured(term), fit.chiSquaredAtBestFit(term),
                    term.citation()));
        }
        return text.toString();
    }

    static String signalStrength(SignalStrengthFit fit) {
        StringBuilder text = new StringBuilder();
        text.append("SM B+ -> K+ nu nubar signal strength mu = B/B_SM in Belle II's likelihood (pyhf workspace of\n"
                + "arXiv:2311.14647, ITA + HTA, 232 parameters: mu and 231 nuisance parameters profiled)\n");
        text.append(String.format(Locale.ROOT, "  mu = %.2f +%.2f -%.2f   (stat +%.2f -%.2f, syst +%.2f -%.2f)%n", fit.signalStrength(),
                fit.errorAbove(), fit.errorBelow(), fit.statisticalAbove(), fit.statisticalBelow(), fit.systematicAbove(),
                fit.systematicBelow()));
        text.append(String.format(Locale.ROOT, "  %.2f sigma from no signal (mu = 0), %.2f sigma from the SM (mu = 1)%n",
                fit.significanceSigma(), fit.significanceVsSmSigma()));
        text.append("Published: mu = 4.6 +- 1.0 (stat) +- 0.9 (syst), 3.5 sigma from no signal, 2.7 sigma above the SM\n"
                + "(Belle II, Phys. Rev. D 109 (2024) 112006). Intervals: profile likelihood, Delta(-2 ln L) = 1; stat: every\n"
                + "nuisance parameter frozen at its best fit except the background normalisations and the MC-statistics\n"
                + "gamma; syst: the quadratic difference (docs/fit.md).\n");
        return text.toString();
    }

    private static String likelihoodLine(FitResult fit) {
        return fit.workspace().isPresent()
                ? "Likelihood: " + FitResult.WORKSPACE_LIKELIHOOD + " = Belle II's B+ -> K+ nu nubar likelihood (arXiv:2311.14647, "
                        + "pyhf workspace, 231 nuisance parameters profiled) for B+ -> K+ X, SM nu nubar at its SM strength, "
                        + "plus the Gaussian terms below\n"
                : "Likelihood: " + FitResult.GAUSSIAN_LIKELIHOOD + " = P0's Gaussian terms (P0 Sec. 3.2.5); Belle II's own "
                        + "likelihood is the default (--likelihood belle2-workspace)\n";
    }

    private static String theoryBand(TheoryBand band) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  theory band     = %.5f - %.5f   (",
                band.interval().lower(), band.interval().upper()));
        for (int i = 0; i < band.variations().size(); i++) {
            TheoryBand.Variation variation = band.variations().get(i);
            text.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s: %.5f", variation.description(),
                    variation.couplingX()));
        }
        return text.append(")\n").toString();
    }

    private static String workspaceLine(WorkspaceTerm workspace, double couplingX) {
        TwoBodyFit alone = workspace.alone();
        return String.format(Locale.ROOT, "Belle II likelihood at m_X = %s GeV (generated q^2 in [%.4f, %.4f) GeV^2): alone it "
                        + "prefers B(B+ -> K+ X) x P_unseen = %.3e [%.3e, %.3e], %.2f sigma over the SM; the model gives %.3e "
                        + "at its best fit.%n%n", fmt(alone.massX_GeV()), workspace.q2Column_GeV2().lower(),
                workspace.q2Column_GeV2().upper(), alone.branchingRatio(), alone.interval1Sigma().lower(),
                alone.interval1Sigma().upper(), alone.significanceSigma(), workspace.predicted(couplingX));
    }

    private static String tensions(FitResult fit) {
        StringBuilder text = new StringBuilder("Limits in tension with the best fit or its 1 sigma interval (90% CL, this model at m_X):\n");
        if (fit.tensions().isEmpty()) {
            return text.append("  none\n\n").toString();
        }
        for (LimitTension tension : fit.tensions()) {
            text.append(String.format(Locale.ROOT, "  %s (%s, %s): excludes %s; %s%s%n", tension.entry().id(),
                    tension.entry().experiment(), tension.entry().channel(), tension.excluded(),
                    tension.excludesBestFit() ? "excludes the best fit" : "excludes part of the 1 sigma interval",
                    tension.sameData() ? " [reinterprets the fitted data itself]" : ""));
        }
        if (fit.bestFitExcluded()) {
            text.append("  WARNING: a search excludes the best fit: this model cannot explain the excess at this m_X.\n");
        }
        return text.append('\n').toString();
    }

    static String plane(PlaneResult result) {
        ExcessPlane scan = result.scan();
        StringBuilder text = new StringBuilder();
        text.append("Delta chi2 plane (g_X A_XWW, g_X A_XYY) (P0 Fig. 2 left)\n");
        if (result.workspace()) {
            text.append("Likelihood: Belle II's B+ -> K+ nu nubar likelihood (B+ -> K+ X, depends on g_X A_XWW only) plus the Gaussian terms\n");
        }
        text.append(header(result.measurementSetName(), result.likelihoodOptions().readings(), result.likelihood()));
        text.append(String.format(Locale.ROOT, "  grid %d x %d, x in [%.4g, %.4g], y in [%.4g, %.4g]%n",
                scan.combined().xs().length, scan.combined().ys().length, scan.combined().xs()[0],
                scan.combined().xs()[scan.combined().xs().length - 1], scan.combined().ys()[0],
                scan.combined().ys()[scan.combined().ys().length - 1]));
        text.append(String.format(Locale.ROOT, "  chi2_min = %.3f at (%.5f, %.5f); regions for %d d.o.f.: Delta chi2 < %.2f, %.2f, %.2f%n%n",
                scan.combined().chiSquaredMin(), scan.combined().bestX(), scan.combined().bestY(), result.regionDof(),
                result.threshold(1), result.threshold(2), result.threshold(3)));
        text.append(String.format(Locale.ROOT, "  %-24s %7s %7s %9s %7s %10s  %s%n", "model", "A_XWW", "A_XYY", "best g_X",
                "sigma", "Dchi2(pl)", "best point (x, y)"));
        boolean onRays = true;
        for (int i = 0; i < scan.models().size(); i++) {
            ModelLine line = scan.models().get(i);
            FitSignal signal = result.signals().get(i);
            onRays &= signal.invisibleFraction() == 1 && !signal.smithTait().included();
            text.append(String.format(Locale.ROOT, "  %-24s %7s %7s %9.5f %7.2f %10.3f  (%.5f, %.5f)%n", line.model(),
                    fmt(signal.traceXWW()), fmt(signal.traceXYY()), line.best().couplingX(), line.best().significanceSigma(),
                    line.best().chiSquaredMin() - scan.combined().chiSquaredMin(), line.bestX(), line.bestY()));
        }
        if (!onRays) {
            text.append("  The regions are for an invisible X. A model line is the ray g_X sqrt(B(X -> invisible)) (A_XWW, A_XYY),\n"
                    + "  with the traces that carry the Smith-Tait part where it is included: its best g_X is the model's own fit.\n");
        }
        return text.toString();
    }

    /** The Smith–Tait line, printed when the rule includes ST (otherwise the fit is P0's, as the header says). */
    private static String smithTait(FitSignal signal) {
        StContribution.Decision decision = signal.smithTait();
        if (!decision.included()) {
            return "";
        }
        return String.format(Locale.ROOT, "Smith-Tait contribution: included [%s]; effective traces A_XWW = %.6g, A_XYY = %.6g%n",
                SmithTaitReason.of(decision), signal.effectiveTraceXWW(), signal.effectiveTraceXYY());
    }

    private static String header(String setName, Readings readings, Likelihood likelihood) {
        return String.format(Locale.ROOT, "Data: %s at m_X = %s GeV   (g^2 reading: %s, limits: %s)%n", setName,
                fmt(likelihood.massX_GeV()), readings.squared().label(), readings.limits().label());
    }

    private static String measured(LikelihoodTerm term) {
        if (term.term().central() == 0) {
            return String.format(Locale.ROOT, "0 +- %.3e (limit)", term.term().sigmaAbove());
        }
        return String.format(Locale.ROOT, "%.3e (+%.2e -%.2e)", term.term().central(), term.term().sigmaAbove(),
                term.term().sigmaBelow());
    }

    private static String fmt(double value) {
        return new java.math.BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }
}

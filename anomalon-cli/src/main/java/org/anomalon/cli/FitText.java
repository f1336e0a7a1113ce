package org.anomalon.cli;

import java.util.Locale;
import org.anomalon.anomaly.AnomalyAnalysis;
import org.anomalon.fit.BestFit;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.Likelihood;
import org.anomalon.fit.LikelihoodTerm;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.ModelLine;
import org.anomalon.fit.Prediction;
import org.anomalon.fit.Readings;
import org.anomalon.format.SmithTaitReason;
import org.anomalon.inputs.Inputs;
import org.anomalon.limits.BreakingCharge;
import org.anomalon.model.Rationals;
import org.anomalon.study.FitResult;
import org.anomalon.study.FitSignal;
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
        text.append(header(fit.measurementSetName(), fit.likelihoodOptions().readings(), fit.likelihood()));
        text.append(String.format(Locale.ROOT, "B(X -> invisible) = %.4g at m_X (multiplies every missing-energy prediction)%n",
                fit.invisibleFraction()));
        text.append(smithTait(fit.signal())).append('\n');
        BestFit best = report.best();
        text.append(String.format(Locale.ROOT, "Fit %s:%n", report.includesZ() ? "(B -> K(*)X and Z -> gamma X)"
                : "(B -> K(*)X only, Z -> gamma X left out)"));
        text.append(String.format(Locale.ROOT, "  best-fit g_X    = %.5f   (1 sigma: %.5f - %.5f)%n", best.couplingX(),
                best.interval1Sigma().lower(), best.interval1Sigma().upper()));
        text.append(String.format(Locale.ROOT, "  chi2_min        = %.3f    chi2_SM = %.3f%n", best.chiSquaredMin(),
                best.chiSquaredSM()));
        text.append(String.format(Locale.ROOT, "  Delta chi2 (SM) = %.3f   ->  %.2f sigma preference over the SM (1 d.o.f.)%n",
                best.deltaChiSquaredSM(), best.significanceSigma()));
        text.append(String.format(Locale.ROOT, "  %s: g_X = %.5f, Delta chi2 = %.3f, %.2f sigma%n%n",
                report.includesZ() ? "without Z -> gamma X" : "with Z -> gamma X", report.alternative().couplingX(),
                report.alternative().deltaChiSquaredSM(), report.alternative().significanceSigma()));
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
        text.append("chi2 terms at the best fit (rate scale: squared couplings, branching ratios):\n");
        for (LikelihoodTerm term : fit.chosenTerms()) {
            text.append(String.format(Locale.ROOT, "  %-10s predicted %.3e  vs %s   chi2 = %.3f%n      %s%n",
                    term.observable().label(), fit.predictedAtBestFit(term), measured(term), fit.chiSquaredAtBestFit(term),
                    term.citation()));
        }
        return text.toString();
    }

    static String plane(PlaneResult result) {
        ExcessPlane scan = result.scan();
        StringBuilder text = new StringBuilder();
        text.append("Delta chi2 plane (g_X A_XWW, g_X A_XYY) (P0 Fig. 2 left)\n");
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

package org.anomalon.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anomalon.fit.Contour;
import org.anomalon.fit.ExcessFit;
import org.anomalon.fit.ExcessPlane;
import org.anomalon.fit.CouplingProfile;
import org.anomalon.fit.ModelFitReport;
import org.anomalon.fit.ModelLine;
import org.anomalon.fit.PlaneGrid;
import org.anomalon.fit.Significance;
import org.anomalon.study.FitResult;
import org.anomalon.study.PlaneResult;

/** The two panels of P0 Fig. 2, built from fit results. */
public final class FitFigures {
    /** The Belle II B⁺ → K⁺νν̄ excess over the SM read as neutrino emission: 2.7σ (P0 Sec. 3.2.5; arXiv:2311.14647). */
    private static final double NEUTRINO_INTERPRETATION_SIGMA = 2.7;
    private static final Map<String, String> PAPER_LABELS = Map.of(
            "chiral-tau-l-only", "L\\text{-only}",
            "chiral-tau-l-minus-4r", "L=-4R",
            "tau-flavour", "\\tau\\text{ flavour}");
    private static final List<Color> MODEL_COLOURS = List.of(Palette.VERMILLION, Palette.BLUE, Palette.REDDISH_PURPLE,
            Palette.SKY_BLUE, Palette.BLACK);
    private static final Color[] REGION_COLOURS = {Palette.BLUISH_GREEN, Palette.YELLOW, Palette.ORANGE};
    private static final Dash[] SIGMA_DASHES = {Dash.SOLID, Dash.DASHED, Dash.DASH_DOT};

    private FitFigures() {
    }

    /** P0 Fig. 2 right: χ²_SM − χ² against g_X, with and without Z → γX, and the 1σ/2σ/3σ thresholds (1 d.o.f.). */
    public static Figure profile(FitResult fit) {
        ModelFitReport report = fit.report();
        CouplingProfile withZ = fit.withZ();
        CouplingProfile withoutZ = fit.withoutZ();
        double maxCoupling = fit.profileRange();
        boolean hasZ = fit.likelihood().hasObservable(ExcessFit.Z_PHOTON);
        // Each point of Belle II's likelihood is a profile over 231 nuisance parameters: fewer points, same curve.
        int points = fit.workspace().isPresent() ? 160 : 400;
        double[] g = new double[points];
        double[] improvementWithZ = new double[points];
        double[] improvementWithoutZ = new double[points];
        double smWith = withZ.chiSquared(0);
        double smWithout = withoutZ.chiSquared(0);
        double top = 0;
        for (int i = 0; i < points; i++) {
            g[i] = maxCoupling * i / (points - 1);
            improvementWithZ[i] = smWith - withZ.chiSquared(g[i]);
            improvementWithoutZ[i] = smWithout - withoutZ.chiSquared(g[i]);
            top = Math.max(top, Math.max(improvementWithZ[i], improvementWithoutZ[i]));
        }
        double yMax = Math.max(10.5, 1.15 * top);
        Panel.Builder panel = Panel.builder(Axis.linear("g_X", 0, maxCoupling),
                        Axis.linear("\\chi^2_{\\rm SM}-\\chi^2", 0, yMax))
                .title("\\text{" + report.model() + "},\\ m_X=" + report.massX_GeV() + "\\,\\text{GeV}");
        double[] edges = {0, maxCoupling};
        for (int sigmas = 1; sigmas <= 3; sigmas++) {
            double level = Significance.deltaChiSquared(sigmas, 1);
            panel.add(Layer.Line.of(edges, new double[] {level, level}, Palette.GREY, Dash.DASHED, null));
            panel.add(new Layer.Text(sigmas + "\\sigma", maxCoupling * 0.985, level, Palette.GREY, 10f, Anchor.BOTTOM_RIGHT));
        }
        double neutrino = NEUTRINO_INTERPRETATION_SIGMA * NEUTRINO_INTERPRETATION_SIGMA;
        panel.add(Layer.Line.of(edges, new double[] {neutrino, neutrino}, Palette.VERMILLION, Dash.DASHED,
                "B\\to K\\nu\\bar\\nu\\ \\text{excess } (2.7\\sigma)"));
        String bDecays = fit.workspace().isPresent() ? "B^+\\to K^+X\\ \\text{(Belle II likelihood)}" : "B\\to K^{(*)}X";
        if (hasZ) {
            panel.add(Layer.Line.of(g, improvementWithZ, Palette.REDDISH_PURPLE, Dash.SOLID, bDecays + " + Z\\to\\gamma X"));
        }
        panel.add(Layer.Line.of(g, improvementWithoutZ, Palette.REDDISH_PURPLE, Dash.DASHED, bDecays));
        var best = report.best();
        panel.add(new Layer.Marker(best.couplingX(), best.deltaChiSquaredSM(), Palette.REDDISH_PURPLE, 3.2));
        return new Figure(List.of(panel.build()), 1, 440, 330);
    }

    /** P0 Fig. 2 left: combined 1σ/2σ/3σ regions, Z → γX-only contours, model lines and best fits. */
    public static Figure plane(PlaneResult result) {
        ExcessPlane scan = result.scan();
        PlaneGrid combined = scan.combined();
        double[] xs = combined.xs();
        double[] ys = combined.ys();
        double x0 = xs[0];
        double x1 = xs[xs.length - 1];
        double y0 = ys[0];
        double y1 = ys[ys.length - 1];
        Panel.Builder panel = Panel.builder(Axis.linear("g_X\\,\\mathcal{A}^{\\rm SM}_{XWW}", x0, x1),
                        Axis.linear("g_X\\,\\mathcal{A}^{\\rm SM}_{XYY}", y0, y1));
        double[] levels = new double[4];
        for (int sigmas = 1; sigmas <= 3; sigmas++) {
            levels[sigmas] = result.threshold(sigmas);
        }
        for (int sigmas = 3; sigmas >= 1; sigmas--) {
            // The band between the (n−1)σ and nσ boundaries: both sets of polygons, filled even-odd.
            List<List<double[]>> band = new ArrayList<>(combined.regions(levels[sigmas]));
            if (sigmas > 1) {
                band.addAll(combined.regions(levels[sigmas - 1]));
            }
            panel.add(new Layer.Area(band, REGION_COLOURS[sigmas - 1], 0.75,
                    sigmas + "\\sigma" + (sigmas == 1 ? "\\ (B\\to K^{(*)}X + Z\\to\\gamma X)" : "")));
        }
        scan.zOnly().ifPresent(z -> {
            for (int sigmas = 1; sigmas <= 3; sigmas++) {
                boolean first = true;
                for (Contour contour : z.contours(levels[sigmas])) {
                    panel.add(polyline(contour, Palette.GREY, SIGMA_DASHES[sigmas - 1],
                            first && sigmas == 1 ? "Z\\to\\gamma X\\ \\text{alone}" : null));
                    first = false;
                }
            }
        });
        for (int i = 0; i < scan.models().size(); i++) {
            ModelLine line = scan.models().get(i);
            Color colour = MODEL_COLOURS.get(i % MODEL_COLOURS.size());
            double[][] segment = rayInBox(line.traceXWW(), line.traceXYY(), x0, x1, y0, y1);
            if (segment != null) {
                panel.add(new Layer.Line(segment[0], segment[1], colour, Dash.SOLID, 1.6f,
                        PAPER_LABELS.getOrDefault(line.model(), "\\text{" + line.model() + "}")));
            }
            panel.add(new Layer.Marker(line.bestX(), line.bestY(), colour, 3.4));
        }
        return new Figure(List.of(panel.build()), 1, 440, 360);
    }

    private static Layer.Line polyline(Contour contour, Color colour, Dash dash, String label) {
        int n = contour.points().size() + (contour.closed() ? 1 : 0);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = contour.points().get(i % contour.points().size());
            x[i] = p[0];
            y[i] = p[1];
        }
        return new Layer.Line(x, y, colour, dash, 1.1f, label);
    }

    /** The part of the line {t (a, b)} inside the box (Liang–Barsky clipping), as ({x0, x1}, {y0, y1}); null if it misses. */
    static double[][] rayInBox(double a, double b, double x0, double x1, double y0, double y1) {
        double lower = Double.NEGATIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        double[][] constraints = {{a, x0, x1}, {b, y0, y1}};
        for (double[] c : constraints) {
            if (c[0] == 0) {
                if (c[1] > 0 || c[2] < 0) {
                    return null;
                }
                continue;
            }
            double t1 = c[1] / c[0];
            double t2 = c[2] / c[0];
            lower = Math.max(lower, Math.min(t1, t2));
            upper = Math.min(upper, Math.max(t1, t2));
        }
        if (!(lower < upper)) {
            return null;
        }
        return new double[][] {{lower * a, upper * a}, {lower * b, upper * b}};
    }
}

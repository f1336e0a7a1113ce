package org.anomalon.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.anomalon.eft.FlavourTransition;
import org.anomalon.format.SmithTaitReason;
import org.anomalon.observables.Channel;
import org.anomalon.observables.ChannelPrediction;
import org.anomalon.observables.xdecay.PartialWidth;
import org.anomalon.observables.xdecay.XDecays;
import org.anomalon.study.RatesResult;
import org.hipparchus.complex.Complex;

/** Wess–Zumino couplings, the twelve branching ratios and the X decays at the benchmark point. */
final class RatesSection implements ReportSection {

    @Override
    public Section build(ReportContext context) {
        RatesResult rates = context.study().rates(context.benchmark().point());
        XDecays decays = rates.xDecays();
        String html = String.format(Locale.ROOT,
                "<p>At m<sub>X</sub> = %s GeV, g<sub>X</sub> = %s. Couplings: %s. Smith–Tait contribution: %s. "
                        + "Rates are equivalence-theorem rates of the longitudinal X; the column m<sub>X</sub>²/m<sub>P</sub>² "
                        + "is the size of the neglected corrections. X decays: total width %.3e GeV, lifetime %.3e s, "
                        + "BR(X → invisible) = %s.</p>",
                context.massLabel(), context.couplingLabel(), Html.escape(rates.couplings().origin()),
                (rates.smithTait().included() ? "included (" : "not included (")
                        + Html.escape(SmithTaitReason.of(rates.smithTait().decision())) + ")",
                decays.totalWidth_GeV(), decays.lifetime_s(),
                decays.complete() ? String.format(Locale.ROOT, "%.4f", decays.invisibleBranchingRatio())
                        : "not computed (" + Html.escape(decays.incompleteness().orElse("")) + ")");
        return new Section("Couplings and rates", true, html,
                List.of(couplingTable(rates), branchingRatioTable(rates), xDecayTable(decays)), List.of(),
                rates.smithTait().included()
                        ? Set.of(References.P0, References.ST, References.FORM_FACTORS_GRVDV, References.FORM_FACTORS_GKVD,
                        References.FORM_FACTORS_BSZ, References.FORM_FACTORS_ETM)
                        : Set.of(References.P0, References.FORM_FACTORS_GRVDV, References.FORM_FACTORS_GKVD,
                        References.FORM_FACTORS_BSZ, References.FORM_FACTORS_ETM));
    }

    private static Table couplingTable(RatesResult rates) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FlavourTransition transition : FlavourTransition.values()) {
            rows.add(complexRow(transition.key(), rates.couplings().flavourChanging(transition),
                    transition.downType() ? "P0 eq. 3.6" : "P0 eq. 3.7"));
        }
        rows.add(List.of(Cell.text("g_S"), Cell.text(""), Cell.text(""), sci(rates.belleTwo().gS().norm()), Cell.text("P0 eq. 3.25")));
        rows.add(List.of(Cell.text("g_P"), Cell.text(""), Cell.text(""), sci(rates.belleTwo().gP().norm()), Cell.text("P0 eq. 3.25")));
        rows.add(complexRow("C_XZgamma", rates.couplings().cXZgamma(), "P0 eq. 3.13"));
        return new Table("couplings", "Effective couplings of the longitudinal X", List.of("coupling", "Re", "Im", "|.|", "equation"),
                rows, "P0 eqs. 3.6-3.8, 3.13, 3.25; inputs PDG 2026, CKM from the PDG Wolfenstein fit (docs/physics.md §4)");
    }

    private static List<Cell> complexRow(String name, Complex value, String equation) {
        return List.of(Cell.text(name), sci(value.getReal()), sci(value.getImaginary()), sci(value.norm()), Cell.text(equation));
    }

    private static Table branchingRatioTable(RatesResult rates) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            ChannelPrediction p = rates.prediction(channel);
            Cell validity = Cell.number(p.validity(), "%.3g", "-");
            rows.add(List.of(Cell.text(channel.label()), Cell.number(p.branchingRatio().orElse(Double.NaN), "%.4e", "closed"),
                    Cell.uncertainty(p.branchingRatioUncertainty().orElse(Double.NaN), "%.4e"), validity));
        }
        return new Table("branching-ratios", "Branching ratios (± form-factor uncertainty) and the validity flag m_X²/m_P²",
                List.of("channel", "BR", "± (form factors)", "m_X^2/m_P^2"), rows,
                "P0 eqs. 3.9, 3.10, 3.14; form factors GRvDV 2023, GKvD 2018, BSZ 2015, ETM 2017, FLAG (docs/observables.md)");
    }

    private static Table xDecayTable(XDecays decays) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PartialWidth width : decays.channels()) {
            rows.add(width.isOpen()
                    ? List.of(Cell.text(width.channel().label()), sci(width.width_GeV()),
                    Cell.number(decays.branchingRatio(width), "%.4f", "-"))
                    : List.of(Cell.text(width.channel().label()), Cell.text(width.status().label()), Cell.text(width.note())));
        }
        return new Table("x-decays", "How X decays: partial widths and branching ratios",
                List.of("channel", "width [GeV]", "BR"), rows, "docs/physics.md §5; P0 eq. 3.28 (docs/x-decays.md)");
    }

    private static Cell sci(double value) {
        return Cell.number(value, "%.4e", "-");
    }
}

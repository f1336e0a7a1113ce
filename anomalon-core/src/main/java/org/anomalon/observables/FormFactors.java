package org.anomalon.observables;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anomalon.inputs.DataTable;

/**
 * The default form factors of P0 footnote 4 / docs/physics.md §5, loaded from the bundled data files
 * of docs/data.md (index: {@code org/anomalon/observables/form_factors.csv}):
 * B→K f0 and B→K* A0 (GRvDV 2023, arXiv:2305.06301), B→π f0 (GKvD 2018, arXiv:1811.00983),
 * B→ρ A0 (BSZ 2015, arXiv:1503.05534), D→π f0 (ETM 2017, arXiv:1706.03017), K→π f0 (FLAG f₊(0)
 * with the dispersive shape, arXiv:0903.1654). Isospin-related channels share one form factor.
 */
public final class FormFactors {
    private static final String DIRECTORY = "org/anomalon/observables/";
    private static final String KPI_FILE = "org/anomalon/inputs/flavio_sm_ckm_kpi_inputs.csv";
    private static final Map<String, FormFactor> BY_ID = load();

    public static final FormFactor B_TO_K_F0 = BY_ID.get("B->K f0");
    public static final FormFactor B_TO_KSTAR_A0 = BY_ID.get("B->K* A0");
    public static final FormFactor B_TO_PI_F0 = BY_ID.get("B->pi f0");
    public static final FormFactor B_TO_RHO_A0 = BY_ID.get("B->rho A0");
    public static final FormFactor D_TO_PI_F0 = BY_ID.get("D->pi f0");
    public static final FormFactor K_TO_PI_F0 = BY_ID.get("K->pi f0");

    private FormFactors() {
    }

    /** All form factors by id, e.g. {@code B->K* A0}. */
    public static Map<String, FormFactor> all() {
        return BY_ID;
    }

    private static Map<String, FormFactor> load() {
        Map<String, FormFactor> byId = new LinkedHashMap<>();
        for (Map<String, String> row : DataTable.readResource(DIRECTORY + "form_factors.csv").rows()) {
            List<String> names = Arrays.asList(row.get("coefficients").split(";"));
            FormFactorParameters parameters = readParameters(row.get("mean_file"), row.get("matrix_file"),
                    "correlation".equals(row.get("matrix_kind")), names);
            byId.put(row.get("id"), new BszFormFactor(row.get("id"), row.get("paper"),
                    Double.parseDouble(row.get("pole_mass_GeV")), parameters));
        }
        byId.put("K->pi f0", new KPiScalarFormFactor(kPiParameters()));
        return Collections.unmodifiableMap(byId); // file order: Map.copyOf would iterate in a per-run order
    }

    private static FormFactorParameters readParameters(String meanFile, String matrixFile, boolean correlation,
                                                       List<String> names) {
        DataTable means = DataTable.readResource(DIRECTORY + meanFile);
        DataTable matrix = DataTable.readResource(DIRECTORY + matrixFile);
        int n = names.size();
        double[] mean = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> row = findByLabel(means, names.get(i));
            mean[i] = Double.parseDouble(first(row, "mean", "central"));
            sigma[i] = Double.parseDouble(first(row, "sigma", "uncertainty"));
        }
        String labelColumn = matrix.rows().get(0).keySet().iterator().next();
        double[][] covariance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                // Upper triangle only: some published matrices fill just that half (docs/data.md).
                double element = Double.parseDouble(matrix.row(labelColumn, names.get(i)).get(names.get(j)));
                double value = correlation ? element * sigma[i] * sigma[j] : element;
                covariance[i][j] = value;
                covariance[j][i] = value;
            }
        }
        return new FormFactorParameters(names, mean, covariance);
    }

    /** Rows are labelled either by a {@code parameter} column or by {@code form_factor:coefficient}. */
    private static Map<String, String> findByLabel(DataTable table, String label) {
        return table.rows().stream()
                .filter(r -> label.equals(r.get("parameter"))
                        || label.equals(r.get("form_factor") + ":" + r.get("coefficient")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(table.resource() + ": no parameter " + label));
    }

    private static String first(Map<String, String> row, String... columns) {
        for (String column : columns) {
            if (row.containsKey(column)) {
                return row.get(column);
            }
        }
        throw new IllegalStateException("none of the columns " + Arrays.toString(columns) + " in " + row);
    }

    private static FormFactorParameters kPiParameters() {
        DataTable table = DataTable.readResource(KPI_FILE);
        List<String> names = KPiScalarFormFactor.NAMES;
        double[] mean = new double[names.size()];
        double[][] covariance = new double[names.size()][names.size()];
        for (int i = 0; i < names.size(); i++) {
            double[] valueAndError = parseFlavioValue(table.row("name", names.get(i)).get("value_string"));
            mean[i] = valueAndError[0];
            covariance[i][i] = valueAndError[1] * valueAndError[1];
        }
        return new FormFactorParameters(names, mean, covariance);
    }

    /**
     * flavio's value notation: {@code 0.9698(17)} = 0.9698 ± 0.0017 (the bracket gives the last
     * digits), {@code 24.22(1.16)} = 24.22 ± 1.16.
     */
    static double[] parseFlavioValue(String text) {
        int open = text.indexOf('(');
        int close = text.indexOf(')');
        String central = text.substring(0, open).strip();
        String error = text.substring(open + 1, close).strip();
        BigDecimal value = new BigDecimal(central);
        BigDecimal uncertainty = error.contains(".") ? new BigDecimal(error)
                : new BigDecimal(error).movePointLeft(Math.max(value.scale(), 0));
        return new double[] {value.doubleValue(), uncertainty.doubleValue()};
    }
}

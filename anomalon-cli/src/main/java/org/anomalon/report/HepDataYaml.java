package org.anomalon.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.anomalon.data.LimitSource;
import org.anomalon.limits.CouplingLimits;

/**
 * Coupling limits as a HEPData data table (YAML): {@code independent_variables} holds m_X,
 * {@code dependent_variables} one column per measurement plus the envelope, each with a header
 * (name, units) and qualifiers (CL, experiment, channel, reference, model). Missing values
 * (outside an entry's mass window) are {@code '-'}, HEPData's marker for "no value".
 */
final class HepDataYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private HepDataYaml() {
    }

    static String of(CouplingLimits limits) {
        ObjectNode table = YAML.createObjectNode();
        ObjectNode mass = table.putArray("independent_variables").addObject();
        mass.putObject("header").put("name", "M_X").put("units", "GEV");
        ArrayNode massValues = mass.putArray("values");
        for (double m : limits.masses()) {
            massValues.addObject().put("value", m);
        }
        ArrayNode dependent = table.putArray("dependent_variables");
        String quantity = limits.quantity().symbol();
        for (CouplingLimits.EntryLimit entry : limits.limits()) {
            LimitSource e = entry.entry();
            ObjectNode column = column(dependent, "Upper limit on " + quantity, limits);
            ArrayNode qualifiers = (ArrayNode) column.get("qualifiers");
            qualifier(qualifiers, "Measurement", e.id());
            qualifier(qualifiers, "Experiment", e.experiment());
            qualifier(qualifiers, "Channel", e.channel());
            qualifier(qualifiers, "Kind", e.kind().label());
            qualifier(qualifiers, "Reference", e.reference().citation());
            values(column, entry.values());
        }
        ObjectNode envelope = column(dependent, "Strongest upper limit on " + quantity + " (envelope)", limits);
        values(envelope, limits.envelope().values());
        try {
            return YAML.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode column(ArrayNode dependent, String name, CouplingLimits limits) {
        ObjectNode column = dependent.addObject();
        column.putObject("header").put("name", name).put("units", "");
        ArrayNode qualifiers = column.putArray("qualifiers");
        qualifier(qualifiers, "CL", String.format(Locale.ROOT, "%.0f%%", 100 * limits.cl()));
        qualifier(qualifiers, "Model", limits.model());
        return column;
    }

    private static void qualifier(ArrayNode qualifiers, String name, String value) {
        qualifiers.addObject().put("name", name).put("value", value);
    }

    private static void values(ObjectNode column, double[] values) {
        ArrayNode array = column.putArray("values");
        for (double v : values) {
            if (Double.isFinite(v)) {
                array.addObject().put("value", v);
            } else {
                array.addObject().put("value", "-");
            }
        }
    }
}

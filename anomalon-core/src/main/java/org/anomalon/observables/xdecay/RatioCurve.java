package org.anomalon.observables.xdecay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

/**
 * One of DarkCast's shipped functions of m_X ({@code org/anomalon/darkcast/data/*.dat}: a ratio
 * curve R_F^V(m) or a spectral function), on its regular mass grid. Read as DarkCast reads it
 * (arXiv:1801.04847): linear interpolation between nodes, the first node's value below the grid
 * (every file starts at 0) and the last node's value above it (frozen). Evaluation is O(1).
 *
 * @param resource    the file, for messages
 * @param firstMass   the first node, GeV
 * @param step        the node spacing, GeV
 * @param values      the function at the nodes
 */
record RatioCurve(String resource, double firstMass, double step, double[] values) {
    private static final String FOLDER = "org/anomalon/darkcast/data/";

    /** Reads {@code name} (e.g. {@code rf.pi+_pi-.rho0.dat}); the grid must be regular. */
    static RatioCurve read(String name) {
        String resource = FOLDER + name;
        List<double[]> nodes = new ArrayList<>();
        InputStream stream = RatioCurve.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing bundled data file " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                // a tokenizer, not String.split: a regular expression compiled for each of 26 000 lines at every start
                StringTokenizer fields = new StringTokenizer(comment >= 0 ? line.substring(0, comment) : line);
                if (fields.hasMoreTokens()) {
                    nodes.add(new double[] {Double.parseDouble(fields.nextToken()), Double.parseDouble(fields.nextToken())});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource, e);
        }
        double first = nodes.get(0)[0];
        double step = (nodes.get(nodes.size() - 1)[0] - first) / (nodes.size() - 1);
        double[] values = new double[nodes.size()];
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(nodes.get(i)[0] - (first + i * step)) > 1e-6 * step) {
                throw new IllegalStateException(resource + ": irregular mass grid at node " + i);
            }
            values[i] = nodes.get(i)[1];
        }
        return new RatioCurve(resource, first, step, values);
    }

    /** The function at m (GeV), interpolated linearly, constant outside the grid. */
    double at(double mass) {
        double position = (mass - firstMass) / step;
        if (!(position > 0)) {
            return values[0];
        }
        int node = (int) position;
        if (node >= values.length - 1) {
            return values[values.length - 1];
        }
        double fraction = position - node;
        return values[node] + fraction * (values[node + 1] - values[node]);
    }

    double lastMass() {
        return firstMass + (values.length - 1) * step;
    }
}

package org.anomalon.histfactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.anomalon.InvalidInputException;

/**
 * A HistFactory statistical model as published in a pyhf workspace (JSON schema 1.0.0): channels
 * of binned samples with their modifiers, the observed counts of every channel and the
 * measurements (the parameter of interest and parameter settings). An immutable value: the
 * {@code with…} methods return modified copies, which is how a reinterpretation adds its signal.
 * {@link HistFactoryModel#of} turns it into the likelihood.
 *
 * @param source       where it was read from, for messages
 * @param channels     the channels, in file order
 * @param measurements the measurements, in file order (at least one)
 */
public record Workspace(String source, List<Channel> channels, List<MeasurementConfig> measurements) {

    public Workspace {
        channels = List.copyOf(channels);
        measurements = List.copyOf(measurements);
    }

    /** Reads a pyhf workspace file; every defect is an {@link InvalidInputException} naming the file and element. */
    public static Workspace read(Path file) {
        return WorkspaceReader.read(file);
    }

    /** Reads a bundled pyhf workspace, e.g. {@code org/anomalon/fit/belle2_knunu/combined_likelihood.json}. */
    public static Workspace readResource(String resource) {
        return WorkspaceReader.readResource(resource);
    }

    /** The measurement of that name. */
    public MeasurementConfig measurement(String name) {
        return measurements.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(source, "measurement", name, "one of "
                        + measurements.stream().map(MeasurementConfig::name).collect(Collectors.joining(", "))));
    }

    /** The channel of that name. */
    public Channel channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(source, "channel", name, "one of "
                        + channels.stream().map(Channel::name).collect(Collectors.joining(", "))));
    }

    /** The same workspace with one more modifier on a sample of a channel. */
    public Workspace withModifier(String channelName, String sampleName, Modifier modifier) {
        Channel target = channel(channelName);
        Sample sample = target.sample(sampleName, source);
        List<Modifier> modifiers = new ArrayList<>(sample.modifiers());
        modifiers.add(modifier);
        Sample changed = new Sample(sample.name(), sample.nominal(), modifiers);
        List<Sample> samples = target.samples().stream().map(s -> s == sample ? changed : s).toList();
        Channel replaced = new Channel(target.name(), samples, target.observed());
        return new Workspace(source, channels.stream().map(c -> c == target ? replaced : c).toList(), measurements);
    }

    /** The same workspace with one more (or a replaced) measurement. */
    public Workspace withMeasurement(MeasurementConfig measurement) {
        List<MeasurementConfig> list = new ArrayList<>(measurements.stream()
                .filter(m -> !m.name().equals(measurement.name())).toList());
        list.add(measurement);
        return new Workspace(source, channels, list);
    }

    /** The total number of bins over all channels. */
    public int binCount() {
        return channels.stream().mapToInt(Channel::binCount).sum();
    }

    /**
     * One channel (a histogram): its samples and its observed counts.
     *
     * @param observed the observed count of each bin (copied)
     */
    public record Channel(String name, List<Sample> samples, double[] observed) {
        public Channel {
            samples = List.copyOf(samples);
            observed = observed.clone();
        }

        @Override
        public double[] observed() {
            return observed.clone();
        }

        public int binCount() {
            return observed.length;
        }

        /** The sample of that name. */
        public Sample sample(String name, String source) {
            return samples.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of(source + ": channel " + this.name, "sample", name,
                            "one of " + samples.stream().map(Sample::name).collect(Collectors.joining(", "))));
        }
    }

    /**
     * One sample of a channel: its nominal expected counts per bin and its modifiers.
     *
     * @param nominal the nominal rate n⁰ of each bin (copied)
     */
    public record Sample(String name, double[] nominal, List<Modifier> modifiers) {
        public Sample {
            nominal = nominal.clone();
            modifiers = List.copyOf(modifiers);
        }

        @Override
        public double[] nominal() {
            return nominal.clone();
        }
    }
}

package org.anomalon.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a doc shows of a command's output: the whole output, or runs of consecutive lines separated by
 * {@value DocExample#ELISION} lines (each run must appear in the output, in order; a run at the start
 * or end of the block without {@value DocExample#ELISION} before or after it must be the start or end of
 * the output). Lines compare exactly after removing trailing whitespace.
 */
final class Excerpt {
    private final List<List<String>> runs = new ArrayList<>();
    private final boolean openStart;
    private final boolean openEnd;
    private String elision = DocExample.ELISION;

    private Excerpt(List<String> shown) {
        List<String> run = new ArrayList<>();
        for (String line : shown) {
            if (line.strip().equals(DocExample.ELISION)) {
                elision = stripTrailing(line); // rewritten blocks keep the doc's indentation of "..."
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(stripTrailing(line));
            }
        }
        while (!run.isEmpty() && run.get(run.size() - 1).isEmpty()) {
            run.remove(run.size() - 1); // blank lines before the closing fence
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        openStart = !shown.isEmpty() && shown.get(0).strip().equals(DocExample.ELISION);
        openEnd = !shown.isEmpty() && shown.get(shown.size() - 1).strip().equals(DocExample.ELISION);
    }

    static Excerpt of(List<String> shown) {
        return new Excerpt(shown);
    }

    /** The output split into lines, trailing whitespace (and blank lines at the end) removed. */
    static List<String> lines(String output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            lines.add(stripTrailing(line));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    boolean isWhole() {
        return !openStart && !openEnd && runs.size() <= 1;
    }

    boolean matches(List<String> output) {
        int from = 0;
        for (int k = 0; k < runs.size(); k++) {
            List<String> run = runs.get(k);
            int at;
            if (k == runs.size() - 1 && !openEnd) {
                at = output.size() - run.size();
                if (at < from || (k == 0 && !openStart && at != 0) || !output.subList(at, output.size()).equals(run)) {
                    return false;
                }
            } else if (k == 0 && !openStart) {
                if (output.size() < run.size() || !output.subList(0, run.size()).equals(run)) {
                    return false;
                }
                at = 0;
            } else {
                at = indexOf(output, run, from);
                if (at < 0) {
                    return false;
                }
            }
            from = at + run.size();
        }
        return !runs.isEmpty() || output.isEmpty() || openStart || openEnd;
    }

    /**
     * The block rewritten from the real output: the whole output, or each run re-read from the output
     * at the line where its first line now appears (same length; to the end for a closing run).
     * Empty when a run's first line is no longer in the output: the excerpt must then be edited by hand.
     */
    Optional<List<String>> rewrittenFrom(List<String> output) {
        if (isWhole()) {
            return Optional.of(output);
        }
        List<String> block = new ArrayList<>();
        if (openStart) {
            block.add(elision);
        }
        int from = 0;
        for (int k = 0; k < runs.size(); k++) {
            List<String> run = runs.get(k);
            int at = k == 0 && !openStart ? 0 : output.subList(Math.min(from, output.size()), output.size()).indexOf(run.get(0));
            if (at < 0) {
                return Optional.empty();
            }
            at += k == 0 && !openStart ? 0 : from;
            int end = k == runs.size() - 1 && !openEnd ? output.size() : Math.min(output.size(), at + run.size());
            if (k > 0) {
                block.add(elision);
            }
            block.addAll(output.subList(at, end));
            from = end;
        }
        if (openEnd) {
            block.add(elision);
        }
        return Optional.of(block);
    }

    /** Why the output does not match, for a failure message: the first line that differs. */
    String difference(List<String> output) {
        int from = 0;
        for (int k = 0; k < runs.size(); k++) {
            List<String> run = runs.get(k);
            boolean first = k == 0 && !openStart;
            boolean last = k == runs.size() - 1 && !openEnd;
            int at = first ? 0 : last ? output.size() - run.size() : indexOf(output, run, from);
            boolean found = at >= from && at + run.size() <= output.size()
                    && output.subList(at, at + run.size()).equals(run) && (!first || !last || at == 0);
            if (!found) {
                int anchor = first ? 0 : output.subList(Math.min(from, output.size()), output.size()).indexOf(run.get(0));
                if (anchor < 0) {
                    return "the doc line '" + run.get(0) + "' is not printed (after output line " + from + ")";
                }
                return firstDifference(run, output, first ? 0 : from + anchor);
            }
            from = at + run.size();
        }
        return from < output.size() && !openEnd ? "the output goes on: '" + output.get(from) + "'" : "";
    }

    /** First line where {@code shown} and {@code output} from line {@code at} on differ. */
    private static String firstDifference(List<String> shown, List<String> output, int at) {
        int i = 0;
        while (i < shown.size() && at + i < output.size() && shown.get(i).equals(output.get(at + i))) {
            i++;
        }
        String doc = i < shown.size() ? "'" + shown.get(i) + "'" : "(end)";
        String real = at + i < output.size() ? "'" + output.get(at + i) + "'" : "(end)";
        return "output line " + (at + i + 1) + ": doc " + doc + ", real " + real;
    }

    private static int indexOf(List<String> output, List<String> run, int from) {
        for (int at = from; at + run.size() <= output.size(); at++) {
            if (output.subList(at, at + run.size()).equals(run)) {
                return at;
            }
        }
        return -1;
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}

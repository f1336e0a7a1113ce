package org.anomalon.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output or error as a {@link PrintWriter} (UTF-8, line-flushed) that remembers why a
 * write failed. A PrintWriter never throws: it only sets a flag that {@link #checkError()}
 * reports, so every command's output is checked once at the end (see {@link AnomalonCommand})
 * and a full disk or a closed pipe is an error, not a truncated file with exit code 0.
 */
final class CheckedWriter extends PrintWriter {
    private final Recorder recorder;

    private CheckedWriter(Recorder recorder) {
        super(new BufferedWriter(new OutputStreamWriter(recorder, StandardCharsets.UTF_8)), true);
        this.recorder = recorder;
    }

    static CheckedWriter stdout() {
        return new CheckedWriter(new Recorder(new FileOutputStream(FileDescriptor.out)));
    }

    static CheckedWriter stderr() {
        return new CheckedWriter(new Recorder(new FileOutputStream(FileDescriptor.err)));
    }

    /** Why the first write failed, e.g. "No space left on device". */
    String failure() {
        return recorder.failure == null ? "write error" : recorder.failure.getMessage();
    }

    /** Passes bytes to the file descriptor and keeps the first exception. */
    private static final class Recorder extends OutputStream {
        private final OutputStream out;
        private IOException failure;

        Recorder(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        private void record(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}

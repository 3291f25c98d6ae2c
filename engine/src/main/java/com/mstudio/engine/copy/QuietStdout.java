package com.mstudio.engine.copy;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Keeps ND4J's "Added differentiated op …" lines off standard output. SameDiff's {@code createGradFunction} prints one
 * line per op with a bare {@code System.out.println}, whatever the log level (so no logger setting silences it), the
 * first time a SameDiff layer back-propagates: once per attention network, in its first training step. On the CLI
 * those lines would land in the middle of {@code --json} output.
 *
 * <p>Why this is safe: for the duration of {@code action} only, {@code System.out} is a stream that drops what the
 * calling thread writes and passes everything written by any other thread straight to the original stream, so another
 * thread's output is never lost or delayed. The original stream is put back afterwards unless someone else replaced
 * {@code System.out} meanwhile (then theirs is left alone). Our own code prints nothing on the engine thread.
 */
final class QuietStdout {
    private QuietStdout() {}

    static void during(Runnable action) {
        PrintStream original = System.out;
        Thread quiet = Thread.currentThread();
        PrintStream filter = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (Thread.currentThread() != quiet) original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (Thread.currentThread() != quiet) original.write(b, off, len);
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true);
        System.setOut(filter);
        try {
            action.run();
        } finally {
            if (System.out == filter) System.setOut(original);
        }
    }
}

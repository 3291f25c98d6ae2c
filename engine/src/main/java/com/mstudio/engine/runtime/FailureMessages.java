package com.mstudio.engine.runtime;

import com.mstudio.engine.api.StudioException;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns any failure into a sentence for the user. The stack trace stays in the log and behind --debug. */
public final class FailureMessages {
    private FailureMessages() {}

    public static String plainWords(Throwable t) {
        Throwable root = t;
        // Our own messages are already plain; look for one down the cause chain first.
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StudioException se) return se.getMessage();
            root = c;
        }
        if (t instanceof OutOfMemoryError) {
            long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            return "The studio ran out of memory (it may use " + maxMb + " MB). Try a smaller file, or start it with more memory (-Xmx).";
        }
        if (root instanceof NoSuchFileException || root instanceof FileNotFoundException) {
            return "The file " + root.getMessage() + " does not exist or cannot be opened.";
        }
        if (root instanceof AccessDeniedException) {
            return "The studio is not allowed to read or write " + root.getMessage() + ".";
        }
        String detail = root.getMessage();
        String kind = root.getClass().getSimpleName();
        return "Something went wrong (" + kind + ")" + (detail == null || detail.isBlank() ? "." : ": " + firstLine(detail));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}

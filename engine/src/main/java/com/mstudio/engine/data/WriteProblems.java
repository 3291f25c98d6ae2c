package com.mstudio.engine.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Why a file could not be written, in words the user can act on. It lives with the data layer because the CSV writer,
 * the workspace store and the model files all write files, and none of them should depend on the job runtime for it.
 */
public final class WriteProblems {
    private WriteProblems() {}

    /**
     * Why {@code target} could not be written, in words: a missing folder, a folder in the file's place, no
     * permission, a full disk. Never the hidden temp file's name that an atomic write fails on.
     */
    public static String describe(Path target, IOException e) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) return "There is a folder with this name; give a file name instead.";
        if (folder != null && !Files.isDirectory(folder)) return "The folder " + folder + " does not exist.";
        if (e instanceof AccessDeniedException || (folder != null && !Files.isWritable(folder))) {
            return "The studio is not allowed to write in the folder " + folder + ".";
        }
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (detail.contains("No space left")) return "The disk is full.";
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) detail = fse.getReason();
        return detail.isBlank() ? "The system gave no reason." : "The system says: " + firstLine(detail) + ".";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}

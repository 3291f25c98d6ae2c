package com.mstudio.engine.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files the user exports are the user's documents: on POSIX systems they get the permissions an ordinary new file gets
 * (owner read/write, everyone else read), not the owner-only permissions of the temporary file they were written in.
 * Workspace files stay owner-only, because they hold the original values of masked personal data.
 */
public final class ExportedFiles {
    private ExportedFiles() {}

    /** Call on the temporary file before it is renamed to its real name. */
    public static void makeShareable(Path tmp) {
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows, or a file system without POSIX permissions: the default there is already readable.
        }
    }
}

package com.mstudio.engine.data.csv;


import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.data.ExportedFiles;
import com.mstudio.engine.data.WriteProblems;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a table as UTF-8 CSV (RFC 4180: fields with the delimiter, a quote or a line break are quoted, quotes
 * doubled). Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return) is
 * written with a leading apostrophe, so opening an export never executes what a customer typed into a form;
 * numbers such as -5 are left alone. The file is written to a temporary sibling, forced to disk and moved into
 * place, so a crash or a full disk never leaves half a file under the real name.
 */
public final class CsvWriter {
    static final int ROWS_PER_CHECK = 16_384;
    private final char delimiter;

    public CsvWriter() {
        this(',');
    }

    public CsvWriter(char delimiter) {
        this.delimiter = delimiter;
    }

    /** Writes {@code table} to {@code file}, replacing it atomically where the file system allows. */
    public void write(DataTable table, Path file) {
        write(table, file, new PlainJobContext());
    }

    /**
     * The same, as a job: progress and a cancellation check every {@value #ROWS_PER_CHECK} rows. A cancelled or failed
     * export leaves any existing file under that name untouched.
     */
    public void write(DataTable table, Path file, JobContext ctx) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            ExportedFiles.makeShareable(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8), 1 << 16);
                writeTo(table, w, ctx);
                w.flush();
                ch.force(true); // on disk before the rename makes it visible under the real name
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StudioException("The file could not be written. " + WriteProblems.describe(file, e), file, -1, null, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: it is a hidden temp file
                }
            }
        }
    }

    /** Writes the header and every row to {@code w}. */
    public void writeTo(DataTable table, Writer w) throws IOException {
        writeTo(table, w, new PlainJobContext());
    }

    private void writeTo(DataTable table, Writer w, JobContext ctx) throws IOException {
        int nc = table.columnCount();
        StringBuilder line = new StringBuilder(256);
        for (int c = 0; c < nc; c++) {
            if (c > 0) line.append(delimiter);
            appendField(line, table.column(c).name(), true);
        }
        line.append("\r\n");
        w.append(line);
        boolean[] text = new boolean[nc];
        for (int c = 0; c < nc; c++) text[c] = table.column(c).type().isString();
        CellParser numbers = new CellParser(false);
        for (int r = 0, n = table.rowCount(); r < n; r++) {
            if (r % ROWS_PER_CHECK == 0 && r > 0) {
                ctx.checkCancelled();
                ctx.progress(r / (double) n, String.format("Writing row %,d of %,d", r, n));
            }
            line.setLength(0);
            for (int c = 0; c < nc; c++) {
                if (c > 0) line.append(delimiter);
                if (table.isMissing(r, c)) continue;
                String v = table.text(r, c);
                if (text[c] && isFormulaLike(v, numbers)) v = "'" + v;
                appendField(line, v, text[c]);
            }
            line.append("\r\n");
            w.append(line);
        }
    }

    /** Starts with = + - @ (or a tab or CR, which some spreadsheets skip before one of those) and is not a number. */
    static boolean isFormulaLike(String v, CellParser numbers) {
        if (v.isEmpty()) return false;
        char c = v.charAt(0);
        if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
        if (c == '-' || c == '+') {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            if (numbers.parseDouble(b, 0, b.length)) return false;
        }
        return true;
    }

    private void appendField(StringBuilder out, String v, boolean mayNeedQuotes) {
        boolean quote = false;
        if (mayNeedQuotes) {
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch == delimiter || ch == '"' || ch == '\n' || ch == '\r') {
                    quote = true;
                    break;
                }
            }
            // leading or trailing spaces would be trimmed by readers; empty text must not read as missing
            if (!quote && !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ')) quote = true;
        }
        if (!quote) {
            out.append(v);
            return;
        }
        out.append('"');
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '"') out.append('"');
            out.append(ch);
        }
        out.append('"');
    }
}

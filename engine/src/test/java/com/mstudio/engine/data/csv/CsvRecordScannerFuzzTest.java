package com.mstudio.engine.data.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The scanner against a plain reference reading of RFC 4180, on random inputs full of quotes, doubled quotes,
 * delimiters and every line ending, with buffers as small as 8 bytes so that every record crosses buffer ends.
 */
class CsvRecordScannerFuzzTest {

    @Test
    void matchesTheReferenceOnRandomInputsAndTinyBuffers() {
        SplittableRandom rnd = new SplittableRandom(4180);
        String[] pieces = {"a", "bc", "12", " ", "x\"y", ",", "\"", "\"\"", "\n", "\r\n", "\r", "é", "x,y"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int records = 1 + rnd.nextInt(6);
            for (int r = 0; r < records; r++) {
                int fields = 1 + rnd.nextInt(4);
                for (int f = 0; f < fields; f++) {
                    if (f > 0) sb.append(',');
                    if (rnd.nextInt(3) == 0) { // a well-formed quoted field with anything inside
                        sb.append('"');
                        for (int k = rnd.nextInt(4); k > 0; k--) sb.append(pieces[rnd.nextInt(pieces.length)].replace("\"", "\"\""));
                        sb.append('"');
                        if (rnd.nextInt(10) == 0) sb.append("stray"); // text after the closing quote
                    } else {
                        for (int k = rnd.nextInt(3); k > 0; k--) sb.append(pieces[rnd.nextInt(5)]);
                    }
                }
                sb.append(new String[] {"\n", "\r\n", "\r"}[rnd.nextInt(3)]);
            }
            if (rnd.nextBoolean()) sb.setLength(sb.length() - 1); // sometimes no line break at the end
            String text = sb.toString();
            List<List<String>> expected = reference(text);
            for (int buffer : new int[] {8, 13, 64, 1 << 16}) {
                List<List<String>> got = scan(text, buffer);
                if (!expected.equals(got)) {
                    assertEquals(show(expected), show(got), "buffer " + buffer + " on [" + show(List.of(List.of(text))) + "]");
                }
            }
        }
    }

    @Test
    void unclosedQuoteReportsTheLineItOpenedOn() {
        String text = "a,b\n1,2\n3,\"x\ny\n";
        RecordScanner.UnclosedQuoteException e = assertThrows(RecordScanner.UnclosedQuoteException.class, () -> scan(text, 8));
        assertEquals(3, e.line);
        assertEquals(2, e.field);
    }

    @Test
    void recordLinesCountEveryKindOfLineBreak() {
        byte[] b = "h\r\n\"a\rb\"\rc\n\nd".getBytes(StandardCharsets.UTF_8);
        RecordScanner sc = new RecordScanner(ByteSource.ofBytes(b, StandardCharsets.UTF_8), 0, b.length, 1, ',', '"', 8);
        List<long[]> lines = new ArrayList<>();
        while (sc.next()) lines.add(new long[] {sc.recordLine, sc.recordLastLine});
        assertEquals(List.of(List.of(1L, 1L), List.of(2L, 3L), List.of(4L, 4L), List.of(6L, 6L)),
                lines.stream().map(a -> List.of(a[0], a[1])).toList());
    }

    private static String show(List<List<String>> recs) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : recs) {
            sb.append('<');
            for (String f : r) sb.append('[').append(f.replace("\r", "\\r").replace("\n", "\\n")).append(']');
            sb.append(">\n");
        }
        return sb.toString();
    }

    private static List<List<String>> scan(String text, int buffer) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        RecordScanner sc = new RecordScanner(ByteSource.ofBytes(b, StandardCharsets.UTF_8), 0, b.length, 1, ',', '"', buffer);
        List<List<String>> out = new ArrayList<>();
        while (sc.next()) out.add(ScanPass.texts(sc, StandardCharsets.UTF_8));
        return out;
    }

    /** RFC 4180 the slow, obvious way; a line that is one unquoted field of spaces (or nothing) is skipped. */
    private static List<List<String>> reference(String s) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"' && f.length() == 0 && !quoted) {
                quoted = true;
                i++;
                while (true) {
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            f.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    f.append(q);
                    i++;
                }
            } else if (c == ',') {
                rec.add(f.toString());
                f.setLength(0);
                quoted = false;
                i++;
            } else if (c == '\n' || c == '\r') {
                rec.add(f.toString());
                add(out, rec, quoted);
                rec = new ArrayList<>();
                f.setLength(0);
                quoted = false;
                i += (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
            } else {
                f.append(c);
                i++;
            }
        }
        if (!rec.isEmpty() || f.length() > 0 || quoted) {
            rec.add(f.toString());
            add(out, rec, quoted);
        }
        return out;
    }

    private static void add(List<List<String>> out, List<String> rec, boolean lastQuoted) {
        boolean blank = rec.size() == 1 && !lastQuoted && rec.get(0).chars().allMatch(ch -> ch == ' ' || ch == '\t');
        if (!blank) out.add(rec);
    }
}

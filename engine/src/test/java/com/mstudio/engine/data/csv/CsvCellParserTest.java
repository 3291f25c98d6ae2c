package com.mstudio.engine.data.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written cell parsers against the JDK's, on many random values (fixed seed). */
class CsvCellParserTest {
    private final CellParser dot = new CellParser(false);
    private final CellParser comma = new CellParser(true);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private boolean dbl(CellParser p, String s) {
        byte[] x = b(s);
        return p.parseDouble(x, 0, x.length);
    }

    private boolean lng(String s) {
        byte[] x = b(s);
        return dot.parseLong(x, 0, x.length);
    }

    @Test
    void decimalsMatchDoubleParseDoubleExactly() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            String s = switch (i % 4) {
                case 0 -> Double.toString(rnd.nextDouble() * Math.pow(10, rnd.nextInt(-5, 12)));
                case 1 -> (rnd.nextInt(2000) - 1000) + "." + rnd.nextInt(100);
                case 2 -> Long.toString(rnd.nextLong());
                default -> String.format(java.util.Locale.ROOT, "%.6f", rnd.nextDouble() * 1e6 - 5e5);
            };
            assertTrue(dbl(dot, s), s);
            assertEquals(Double.parseDouble(s), dot.doubleValue, s);
        }
    }

    @Test
    void decimalForms() {
        assertTrue(dbl(dot, "1e3"));
        assertEquals(1000.0, dot.doubleValue);
        assertTrue(dbl(dot, "-.5"));
        assertEquals(-0.5, dot.doubleValue);
        assertTrue(dbl(dot, "+2."));
        assertEquals(2.0, dot.doubleValue);
        assertTrue(dbl(dot, "12345678901234567890.5"));
        assertEquals(12345678901234567890.5, dot.doubleValue);
        assertFalse(dbl(dot, "3,14"));
        assertFalse(dbl(dot, "1.2.3"));
        assertFalse(dbl(dot, "12x"));
        assertFalse(dbl(dot, "-"));
        assertFalse(dbl(dot, "e5"));
        assertTrue(dbl(comma, "3,14"));
        assertEquals(3.14, comma.doubleValue);
        assertFalse(dbl(comma, "3.14"), "with a decimal comma a dot is not a decimal separator");
    }

    @Test
    void longs() {
        assertTrue(lng("-9223372036854775808"));
        assertEquals(Long.MIN_VALUE, dot.longValue);
        assertFalse(lng("-9223372036854775809"));
        assertTrue(lng("9223372036854775807"));
        assertEquals(Long.MAX_VALUE, dot.longValue);
        assertFalse(lng("9223372036854775808"), "overflow is not a long");
        assertTrue(lng("+42"));
        assertEquals(42, dot.longValue);
        assertFalse(lng("4 2"));
        assertFalse(lng(""));
        assertFalse(lng("+"));
    }

    @Test
    void missingMarkers() {
        for (String s : new String[] {"", "NA", "na", "N/A", "n/a", "null", "NULL", "NaN", "None", "-", "?"}) {
            byte[] x = b(s);
            assertTrue(CellParser.isMissing(x, 0, x.length), s);
        }
        for (String s : new String[] {"0", "N", "nan1", "--", "none!", "Nil"}) {
            byte[] x = b(s);
            assertFalse(CellParser.isMissing(x, 0, x.length), s);
        }
    }

    @Test
    void booleans() {
        String[] ones = {"1", "true", "TRUE", "Yes", "y", "Y"};
        String[] zeros = {"0", "false", "False", "no", "NO", "n"};
        for (String s : ones) {
            byte[] x = b(s);
            assertTrue(dot.parseBoolean(x, 0, x.length), s);
            assertEquals(1, dot.longValue, s);
        }
        for (String s : zeros) {
            byte[] x = b(s);
            assertTrue(dot.parseBoolean(x, 0, x.length), s);
            assertEquals(0, dot.longValue, s);
        }
        byte[] maybe = b("maybe");
        assertFalse(dot.parseBoolean(maybe, 0, maybe.length));
        byte[] yes = b("yes");
        assertFalse(dot.parseStrictBoolean(yes, 0, yes.length), "yes/no is not detected as BOOLEAN on its own");
    }

    @Test
    void epochDaysMatchLocalDateOverFourHundredYears() {
        for (long day = LocalDate.of(1800, 1, 1).toEpochDay(); day <= LocalDate.of(2200, 12, 31).toEpochDay(); day++) {
            LocalDate d = LocalDate.ofEpochDay(day);
            assertEquals(day, DateParser.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        }
    }

    @Test
    void dateOrdersAndValidity() {
        DateParser p = new DateParser();
        byte[] x = b("31/12/2024");
        assertEquals(1 << DateParser.DateOrder.DMY_SLASH.ordinal(), p.matchingOrders(x, 0, x.length));
        x = b("12/31/2024");
        assertEquals(1 << DateParser.DateOrder.MDY_SLASH.ordinal(), p.matchingOrders(x, 0, x.length));
        x = b("05/06/2024");
        assertEquals((1 << DateParser.DateOrder.DMY_SLASH.ordinal()) | (1 << DateParser.DateOrder.MDY_SLASH.ordinal()),
                p.matchingOrders(x, 0, x.length));
        x = b("29.02.2023");
        assertEquals(0, p.matchingOrders(x, 0, x.length), "2023 is no leap year");
        x = b("29.02.2024");
        assertTrue(p.parse(x, 0, x.length, DateParser.DateOrder.DMY_DOT));
        assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), p.epochDay);
        x = b("2024-03-01T08:15:30.250Z");
        assertTrue(p.parse(x, 0, x.length, DateParser.DateOrder.YMD_DASH));
        assertTrue(p.hadTime);
        assertEquals(LocalDate.of(2024, 3, 1).toEpochDay() * 86400 + 8 * 3600 + 15 * 60 + 30, p.epochSecond);
        for (String bad : new String[] {"2024-13-01", "2024-02-30", "2024-01-01 25:00", "2024-01-01T10", "20240101", "1/1/24"}) {
            byte[] y = b(bad);
            assertEquals(0, p.matchingOrders(y, 0, y.length), bad);
        }
    }

    @Test
    void fixedWidthAndGeneralDateParsingAgree() {
        DateParser p = new DateParser();
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(rnd.nextLong(-2_000_000_000L, 4_000_000_000L), 0,
                    java.time.ZoneOffset.UTC);
            int y = t.getYear(), m = t.getMonthValue(), d = t.getDayOfMonth();
            String time = String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
            String[][] cases = {
                    {String.format("%04d-%02d-%02d", y, m, d), "YMD_DASH"},
                    {String.format("%02d/%02d/%04d", d, m, y), "DMY_SLASH"},
                    {String.format("%02d/%02d/%04d", m, d, y), "MDY_SLASH"},
                    {String.format("%02d.%02d.%04d", d, m, y), "DMY_DOT"},
                    {String.format("%d/%d/%04d", d, m, y), "DMY_SLASH"}}; // unpadded: the general path
            for (String[] c : cases) {
                DateParser.DateOrder o = DateParser.DateOrder.valueOf(c[1]);
                byte[] date = b(c[0]);
                assertTrue(p.parse(date, 0, date.length, o), c[0]);
                assertEquals(t.toLocalDate().toEpochDay(), p.epochDay, c[0]);
                assertFalse(p.hadTime);
                byte[] withTime = b(c[0] + (k % 2 == 0 ? " " : "T") + time);
                assertTrue(p.parse(withTime, 0, withTime.length, o), c[0] + " " + time);
                assertEquals(t.toEpochSecond(java.time.ZoneOffset.UTC), p.epochSecond, c[0] + " " + time);
                assertTrue(p.hadTime);
            }
        }
        byte[] bad = b("2023-02-29 10:00:00");
        assertFalse(p.parse(bad, 0, bad.length, DateParser.DateOrder.YMD_DASH));
        bad = b("2024-02-28 24:00:00");
        assertFalse(p.parse(bad, 0, bad.length, DateParser.DateOrder.YMD_DASH));
    }
}

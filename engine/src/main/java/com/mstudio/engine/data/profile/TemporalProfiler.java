package com.mstudio.engine.data.profile;

import com.mstudio.engine.api.ColumnProfile;
import com.mstudio.engine.api.ColumnProfile.Bin;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.data.LongColumn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Profiles BOOLEAN, DATE and DATETIME columns, which all live in a {@link LongColumn}. */
final class TemporalProfiler {
    /** Up to five years of data is shown by month; a longer span by year, so the chart keeps at most ~60 bars. */
    static final int MAX_MONTH_BINS = 60;

    private TemporalProfiler() {}

    static ColumnProfile profileBoolean(LongColumn column) {
        long trues = 0, falses = 0;
        for (int r = 0; r < column.size(); r++) {
            if (column.isMissing(r)) continue;
            if (column.get(r) != 0) trues++; else falses++;
        }
        int distinct = (trues > 0 ? 1 : 0) + (falses > 0 ? 1 : 0);
        // The file's own words ("No"/"Yes", "0"/"1") when the importer kept them, so the bars match the rows table.
        String[] labels = column.booleanLabels();
        List<Bin> bins = List.of(new Bin(0, 1, labels == null ? "false" : labels[0], falses),
                new Bin(1, 2, labels == null ? "true" : labels[1], trues));
        int rows = column.size();
        return new ColumnProfile(column.name(), column.type(), rows, column.missingCount(),
                NumberProfiler.share(column.missingCount(), rows), distinct, null, bins, null, 0, 0, trues, falses,
                null, null);
    }

    static ColumnProfile profileDate(LongColumn column) {
        boolean dateTime = column.type() == ColumnType.DATETIME;
        int rows = column.size();
        long minRaw = Long.MAX_VALUE, maxRaw = Long.MIN_VALUE;
        int minRow = -1, maxRow = -1;
        for (int r = 0; r < rows; r++) {
            if (column.isMissing(r)) continue;
            long raw = column.get(r);
            if (raw < minRaw) { minRaw = raw; minRow = r; }
            if (raw > maxRaw) { maxRaw = raw; maxRow = r; }
        }
        List<Bin> bins = new ArrayList<>();
        String first = null, last = null;
        int distinct = 0;
        if (minRow >= 0) {
            long minDay = day(minRaw, dateTime), maxDay = day(maxRaw, dateTime);
            first = column.text(minRow);
            last = column.text(maxRow);
            LocalDate start = LocalDate.ofEpochDay(minDay).withDayOfMonth(1);
            LocalDate end = LocalDate.ofEpochDay(maxDay);
            boolean byMonth = ChronoUnit.MONTHS.between(start, end.withDayOfMonth(1)) < MAX_MONTH_BINS;
            if (!byMonth) start = start.withDayOfYear(1);
            int count = (int) (byMonth ? ChronoUnit.MONTHS.between(start, end.withDayOfMonth(1))
                    : end.getYear() - start.getYear()) + 1;
            long[] counts = new long[count];
            // Count per day first (a few thousand days at most in practice), so that only each distinct day is
            // turned into a calendar date, not each row.
            long dayRange = maxDay - minDay;
            if (dayRange >= 0 && dayRange < MAX_DAY_RANGE) {
                int[] perDay = new int[(int) dayRange + 1];
                for (int r = 0; r < rows; r++) if (!column.isMissing(r)) perDay[(int) (day(column.get(r), dateTime) - minDay)]++;
                for (int i = 0; i < perDay.length; i++) {
                    if (perDay[i] == 0) continue;
                    if (!dateTime) distinct++;
                    counts[bin(LocalDate.ofEpochDay(minDay + i), start, byMonth)] += perDay[i];
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    if (!column.isMissing(r)) counts[bin(LocalDate.ofEpochDay(day(column.get(r), dateTime)), start, byMonth)]++;
                }
            }
            if (dateTime || dayRange >= MAX_DAY_RANGE || dayRange < 0) distinct = distinctCount(presentValues(column));
            for (int i = 0; i < count; i++) {
                LocalDate from = byMonth ? start.plusMonths(i) : start.plusYears(i);
                LocalDate to = byMonth ? from.plusMonths(1) : from.plusYears(1);
                String label = byMonth ? from.toString().substring(0, 7) : Integer.toString(from.getYear());
                bins.add(new Bin(from.toEpochDay(), to.toEpochDay(), label, counts[i]));
            }
        }
        return new ColumnProfile(column.name(), column.type(), rows, column.missingCount(),
                NumberProfiler.share(column.missingCount(), rows), distinct, null, List.copyOf(bins), null,
                0, 0, 0, 0, first, last);
    }

    /** About 11,000 years of days: any real date column. */
    private static final long MAX_DAY_RANGE = 1 << 22;

    private static int bin(LocalDate d, LocalDate start, boolean byMonth) {
        return byMonth ? (d.getYear() - start.getYear()) * 12 + d.getMonthValue() - start.getMonthValue()
                : d.getYear() - start.getYear();
    }

    private static long[] presentValues(LongColumn column) {
        long[] out = new long[column.size() - column.missingCount()];
        int k = 0;
        for (int r = 0; r < column.size(); r++) if (!column.isMissing(r)) out[k++] = column.get(r);
        return out;
    }

    /** Exact distinct count by sorting a copy: no boxing, fast enough at a million rows. */
    private static int distinctCount(long[] values) {
        if (values.length == 0) return 0;
        java.util.Arrays.sort(values);
        int d = 1;
        for (int i = 1; i < values.length; i++) if (values[i] != values[i - 1]) d++;
        return d;
    }

    private static long day(long raw, boolean dateTime) {
        return dateTime ? Math.floorDiv(raw, 86_400L) : raw;
    }
}

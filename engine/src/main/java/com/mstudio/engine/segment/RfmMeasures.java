package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recency (days), frequency and monetary value per customer, with the table whose rows they describe: for
 * transactions, a new per-customer table (id, recency, frequency, monetary), customers in order of first appearance;
 * for pre-aggregated data, the input table itself.
 *
 * <p>Transactions: recency counts the days from the customer's last purchase to the last date in the file ({@code
 * asOf}), so a file exported on any day scores the same way; frequency is the number of transaction rows (the
 * contract's "number of transactions": a file with one row per order line should be aggregated to orders first);
 * monetary is the sum of the amounts, refunds (negative amounts) included. A row without a customer id or a date
 * cannot be placed, so the run stops and says how many there are and where the first one is, rather than leaving
 * them out silently. A missing amount still counts as a transaction and adds nothing.
 */
record RfmMeasures(DataTable table, boolean perCustomer, double[] recency, double[] frequency, double[] monetary,
                   String asOf, List<String> measureColumns) {
    static final String RECENCY = "recency", FREQUENCY = "frequency", MONETARY = "monetary";
    private static final int ROWS_PER_CHECK = 65_536;

    static RfmMeasures of(DataTable table, RfmColumns columns, ProgressSpan progress) {
        return columns.isTransactional() ? aggregate(table, columns, progress) : aggregated(table, columns);
    }

    private static RfmMeasures aggregate(DataTable table, RfmColumns columns, ProgressSpan progress) {
        int id = TableColumns.index(table, columns.customerId(), "use as the customer id");
        int date = TableColumns.index(table, columns.date(), "use as the purchase date");
        int amount = TableColumns.index(table, columns.amount(), "use as the amount");
        ColumnType dateType = table.column(date).type();
        if (!dateType.isTemporal()) throw wrongType(columns.date(), dateType, "dates");
        if (table.column(id).type().isTemporal()) throw wrongType(columns.customerId(), table.column(id).type(), "customer ids");
        requireNumbers(table, amount, columns.amount());
        requireAll(table, id, columns.customerId(), "customer id");
        requireAll(table, date, columns.date(), "date");

        Map<String, Integer> customerOf = new HashMap<>();
        List<String> ids = new ArrayList<>();
        long[] last = new long[16];
        long[] count = new long[16];
        double[] sum = new double[16];
        long asOf = Long.MIN_VALUE;
        int n = table.rowCount();
        for (int r = 0; r < n; r++) {
            if (r % ROWS_PER_CHECK == 0) {
                progress.checkCancelled();
                progress.report(r / (double) n, String.format("Adding up purchases: row %,d of %,d", r, n));
            }
            String key = table.text(r, id);
            Integer c = customerOf.get(key);
            if (c == null) {
                c = ids.size();
                customerOf.put(key, c);
                ids.add(key);
                if (c == last.length) {
                    last = java.util.Arrays.copyOf(last, c * 2);
                    count = java.util.Arrays.copyOf(count, c * 2);
                    sum = java.util.Arrays.copyOf(sum, c * 2);
                }
                last[c] = Long.MIN_VALUE;
            }
            long day = day(table.number(r, date), dateType);
            last[c] = Math.max(last[c], day);
            asOf = Math.max(asOf, day);
            count[c]++;
            if (!table.isMissing(r, amount)) sum[c] += table.number(r, amount);
        }
        int customers = ids.size();
        double[] recency = new double[customers], frequency = new double[customers], monetary = new double[customers];
        for (int c = 0; c < customers; c++) {
            recency[c] = asOf - last[c];
            frequency[c] = count[c];
            monetary[c] = Math.round(sum[c] * 100) / 100.0; // cents: sums of many decimals print as 1234.5600000001
        }
        DataTable perCustomer = perCustomerTable(columns.customerId(), ids, recency, frequency, monetary);
        return new RfmMeasures(perCustomer, true, recency, frequency, monetary, customers == 0 ? null : LocalDate.ofEpochDay(asOf).toString(),
                List.of(RECENCY, FREQUENCY, MONETARY));
    }

    private static RfmMeasures aggregated(DataTable table, RfmColumns columns) {
        int r = TableColumns.index(table, columns.recency(), "use as recency");
        int f = TableColumns.index(table, columns.frequency(), "use as frequency");
        int m = TableColumns.index(table, columns.monetary(), "use as monetary value");
        requireNumbers(table, r, columns.recency());
        requireNumbers(table, f, columns.frequency());
        requireNumbers(table, m, columns.monetary());
        if (columns.customerId() != null) TableColumns.index(table, columns.customerId(), "use as the customer id");
        return new RfmMeasures(table, false, numbers(table, r), numbers(table, f), numbers(table, m), null,
                List.of(columns.recency(), columns.frequency(), columns.monetary()));
    }

    /** The rows to segment: the per-customer table with the three scores added, or the user's own pre-aggregated rows. */
    DataTable segmentedBase(int[] r, int[] f, int[] m) {
        if (!perCustomer) return table;
        List<Column> cols = new ArrayList<>(((Dataset) table).columnList());
        cols.add(scoreColumn("r_score", r));
        cols.add(scoreColumn("f_score", f));
        cols.add(scoreColumn("m_score", m));
        return new Dataset(cols);
    }

    private static Column scoreColumn(String name, int[] scores) {
        long[] v = new long[scores.length];
        for (int i = 0; i < v.length; i++) v[i] = scores[i];
        return LongColumn.wrap(name, ColumnType.INTEGER, v, new BitSet());
    }

    /** The day of a date (epoch day) or date-time (epoch second) cell. */
    private static long day(double value, ColumnType type) {
        long v = (long) value;
        return type == ColumnType.DATETIME ? Math.floorDiv(v, 86_400L) : v;
    }

    private static double[] numbers(DataTable table, int c) {
        double[] out = new double[table.rowCount()];
        for (int r = 0; r < out.length; r++) out[r] = table.isMissing(r, c) ? Double.NaN : table.number(r, c);
        return out;
    }

    private static void requireNumbers(DataTable table, int c, String name) {
        ColumnType type = table.column(c).type();
        if (!type.isNumeric()) throw wrongType(name, type, "numbers");
    }

    private static void requireAll(DataTable table, int c, String name, String what) {
        int missing = table.column(c).missing();
        if (missing == 0) return;
        int first = 0;
        while (!table.isMissing(first, c)) first++;
        throw new StudioException(String.format("%,d rows have no %s (the first is row %,d). RFM needs a %s on every "
                + "purchase: fill them in or remove those rows first.", missing, what, first + 1, what), null, -1, name);
    }

    private static StudioException wrongType(String name, ColumnType type, String needed) {
        return new StudioException("Column \"" + name + "\" holds " + TableColumns.describe(type) + ", but RFM needs "
                + needed + " there.", null, -1, name);
    }

    private static DataTable perCustomerTable(String idName, List<String> ids, double[] recency, double[] frequency,
                                              double[] monetary) {
        int n = ids.size();
        StringColumn.Builder id = StringColumn.builder(idName, ColumnType.IDENTIFIER, n);
        for (String s : ids) id.append(s);
        long[] days = new long[n], orders = new long[n];
        for (int c = 0; c < n; c++) {
            days[c] = (long) recency[c];
            orders[c] = (long) frequency[c];
        }
        List<Column> cols = List.of(id.build(),
                LongColumn.wrap(RECENCY, ColumnType.INTEGER, days, new BitSet()),
                LongColumn.wrap(FREQUENCY, ColumnType.INTEGER, orders, new BitSet()),
                DoubleColumn.wrap(MONETARY, monetary.clone(), new BitSet()));
        return new Dataset(cols);
    }
}

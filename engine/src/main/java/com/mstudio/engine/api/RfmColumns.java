package com.mstudio.engine.api;

/**
 * The columns RFM scoring reads. Either one row per transaction ({@code customerId}, {@code date}, {@code amount}),
 * which is aggregated per customer (recency in days before the last date in the file, number of transactions, total
 * amount), or one row per customer with the three measures already computed ({@code recency}, {@code frequency},
 * {@code monetary}; {@code customerId} optional). Unused names are null.
 */
public record RfmColumns(String customerId, String date, String amount, String recency, String frequency, String monetary) {
    public RfmColumns {
        boolean tx = date != null && amount != null && customerId != null;
        boolean agg = recency != null && frequency != null && monetary != null;
        if (tx == agg) {
            throw new IllegalArgumentException("name either customer id, date and amount, or recency, frequency and monetary");
        }
    }

    public static RfmColumns transactions(String customerId, String date, String amount) {
        return new RfmColumns(customerId, date, amount, null, null, null);
    }

    public static RfmColumns aggregated(String customerId, String recency, String frequency, String monetary) {
        return new RfmColumns(customerId, null, null, recency, frequency, monetary);
    }

    /** One row per transaction, aggregated per customer before scoring. */
    public boolean isTransactional() {
        return date != null;
    }
}

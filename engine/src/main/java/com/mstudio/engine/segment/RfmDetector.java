package com.mstudio.engine.segment;

import com.mstudio.engine.data.clean.FeatureSuggester;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.RfmColumns;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds RFM columns by name and type. Transactions need a customer id (a non-date column named like "customer_id",
 * "client", "CustomerID"), a date or date-time column (an order, invoice or purchase date is preferred), and a
 * number column named like an amount ("amount", "total", "revenue", "sales", "price"; never a quantity or a unit
 * price, which would need multiplying first). Pre-aggregated
 * data needs three number columns named recency, frequency and monetary (or "days_since_last_order", "orders",
 * "total_spent"...). Transactions win when both are present, since they hold more.
 */
final class RfmDetector {
    private static final Set<String> CUSTOMER_WORDS = Set.of("customer", "customers", "client", "cust", "member", "buyer",
            "shopper", "user", "account", "consumer", "patron");
    private static final Set<String> DATE_WORDS = Set.of("order", "invoice", "purchase", "transaction", "sale", "payment",
            "bought", "txn");
    private static final Set<String> AMOUNT_WORDS = Set.of("amount", "total", "revenue", "sales", "sale", "spend", "spent",
            "value", "price", "paid", "monetary", "net", "gross", "turnover");
    /** Not an amount spent: a count, a key, or a price per unit (the amount would be price × quantity). */
    private static final Set<String> QUANTITY_WORDS = Set.of("quantity", "qty", "units", "unit", "count", "number", "id", "per");
    private static final Set<String> FREQUENCY_WORDS = Set.of("frequency", "orders", "purchases", "transactions", "visits",
            "invoices");
    private static final Set<String> MONETARY_WORDS = Set.of("monetary", "spend", "spent", "revenue", "value", "amount", "total",
            "sales");

    private RfmDetector() {}

    static Optional<RfmColumns> detect(DataTable table) {
        String id = first(table, RfmDetector::isCustomerId, t -> !t.isTemporal() && t != ColumnType.DECIMAL);
        String date = preferred(table, w -> w.stream().anyMatch(DATE_WORDS::contains), ColumnType::isTemporal);
        String amount = first(table, w -> w.stream().anyMatch(AMOUNT_WORDS::contains) && w.stream().noneMatch(QUANTITY_WORDS::contains),
                ColumnType::isNumeric);
        if (id != null && date != null && amount != null) return Optional.of(RfmColumns.transactions(id, date, amount));
        String recency = first(table, w -> w.contains("recency") || (w.contains("days") && (w.contains("since") || w.contains("last"))),
                ColumnType::isNumeric);
        String frequency = first(table, w -> w.stream().anyMatch(FREQUENCY_WORDS::contains) && !w.contains("days"), ColumnType::isNumeric);
        String monetary = first(table, w -> w.stream().anyMatch(MONETARY_WORDS::contains) && !w.contains("days")
                && w.stream().noneMatch(FREQUENCY_WORDS::contains), ColumnType::isNumeric);
        if (recency != null && frequency != null && monetary != null) {
            return Optional.of(RfmColumns.aggregated(id, recency, frequency, monetary));
        }
        return Optional.empty();
    }

    /** "customer_id", "CustomerID", "client", "cust_no", "member number"; never a bare "id" (an order id is one too). */
    private static boolean isCustomerId(List<String> words) {
        if (words.isEmpty() || words.stream().noneMatch(CUSTOMER_WORDS::contains)) return false;
        String last = words.get(words.size() - 1);
        return words.size() == 1 || Set.of("id", "no", "nr", "number", "code", "key", "ref").contains(last);
    }

    private static String first(DataTable table, Predicate<List<String>> name, Predicate<ColumnType> type) {
        for (DataTable.ColumnInfo c : table.columns()) {
            if (type.test(c.type()) && name.test(FeatureSuggester.words(c.name()))) return c.name();
        }
        return null;
    }

    /** The first column of the type named as {@code preferred} says, else the first of the type named like a date, else the only one. */
    private static String preferred(DataTable table, Predicate<List<String>> preferred, Predicate<ColumnType> type) {
        String best = first(table, preferred, type);
        if (best != null) return best;
        List<String> candidates = table.columns().stream().filter(c -> type.test(c.type())).map(DataTable.ColumnInfo::name).toList();
        for (String c : candidates) if (FeatureSuggester.words(c).contains("date")) return c;
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}

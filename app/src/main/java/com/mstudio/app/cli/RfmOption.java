package com.mstudio.app.cli;

import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.StudioException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Parses {@code --rfm id=COL,date=COL,amount=COL} or {@code id=COL,recency=COL,frequency=COL,monetary=COL}. */
final class RfmOption {
    private static final Set<String> KEYS = Set.of("id", "date", "amount", "recency", "frequency", "monetary");

    private RfmOption() {}

    static RfmColumns parse(String value) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.strip() : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (eq <= 0 || !KEYS.contains(key) || part.substring(eq + 1).isBlank()) {
                throw new StudioException("--rfm takes id=COL,date=COL,amount=COL (one row per transaction) or "
                        + "id=COL,recency=COL,frequency=COL,monetary=COL (one row per customer); '" + part.strip() + "' is not one of those.");
            }
            m.put(key, part.substring(eq + 1).strip());
        }
        boolean tx = m.containsKey("date") || m.containsKey("amount");
        if (tx) {
            for (String need : List.of("id", "date", "amount")) {
                if (!m.containsKey(need)) throw new StudioException("--rfm with transactions needs id, date and amount; " + need + "= is missing.");
            }
            if (m.containsKey("recency") || m.containsKey("frequency") || m.containsKey("monetary")) {
                throw new StudioException("--rfm is either id,date,amount or recency,frequency,monetary, not a mix.");
            }
            return RfmColumns.transactions(m.get("id"), m.get("date"), m.get("amount"));
        }
        for (String need : List.of("recency", "frequency", "monetary")) {
            if (!m.containsKey(need)) throw new StudioException("--rfm per customer needs recency, frequency and monetary; " + need + "= is missing.");
        }
        return RfmColumns.aggregated(m.get("id"), m.get("recency"), m.get("frequency"), m.get("monetary"));
    }

    static List<String> columns(RfmColumns c) {
        List<String> names = new ArrayList<>();
        for (String n : new String[] {c.customerId(), c.date(), c.amount(), c.recency(), c.frequency(), c.monetary()}) {
            if (n != null) names.add(n);
        }
        return names;
    }
}

package com.mstudio.engine.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Last bought 12 days ago · 14 orders · 2,310 spent": an RFM group told by its average customer. */
final class RfmDescriptions {
    private RfmDescriptions() {}

    /** means[group] = {recency, frequency, monetary} averaged over the group's customers (missing values left out). */
    static double[][] means(RfmMeasures m, int[] groups, int k) {
        double[][] sum = new double[k][3];
        int[][] count = new int[k][3];
        double[][] measures = {m.recency(), m.frequency(), m.monetary()};
        for (int i = 0; i < groups.length; i++) {
            for (int j = 0; j < 3; j++) {
                double v = measures[j][i];
                if (Double.isNaN(v)) continue;
                sum[groups[i]][j] += v;
                count[groups[i]][j]++;
            }
        }
        double[][] out = new double[k][3];
        for (int g = 0; g < k; g++) for (int j = 0; j < 3; j++) out[g][j] = count[g][j] == 0 ? Double.NaN : sum[g][j] / count[g][j];
        return out;
    }

    static String describe(double[] means) {
        List<String> parts = new ArrayList<>();
        if (!Double.isNaN(means[0])) {
            long days = Math.round(means[0]);
            parts.add(days == 0 ? "Last bought today" : days == 1 ? "Last bought 1 day ago"
                    : String.format(Locale.ROOT, "Last bought %,d days ago", days));
        }
        if (!Double.isNaN(means[1])) {
            double orders = means[1];
            parts.add(orders < 10 && Math.abs(orders - Math.round(orders)) > 0.05
                    ? String.format(Locale.ROOT, "%.1f orders", orders)
                    : String.format(Locale.ROOT, "%,d %s", Math.round(orders), Math.round(orders) == 1 ? "order" : "orders"));
        }
        if (!Double.isNaN(means[2])) parts.add(String.format(Locale.ROOT, "%,.0f spent", means[2]));
        return parts.isEmpty() ? "No measures" : String.join(" · ", parts) + " on average";
    }
}

package com.mstudio.engine.segment;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;

import com.mstudio.engine.api.ColumnType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.IntFunction;

/** Builds the k profiles of one run: sizes, contrasts, top features, descriptions and (when not given) names. */
final class SegmentProfiles {
    private SegmentProfiles() {}

    /**
     * @param names        the segment names to use (a saved model's, or RFM's groups), or null to generate them
     * @param descriptions a description per segment id, or null to generate it from the top features
     */
    static List<SegmentProfile> build(DataTable table, List<String> columns, int[] assignments, int k, List<String> names,
                                      IntFunction<String> descriptions) {
        int[] size = new int[k];
        for (int a : assignments) size[a]++;
        List<List<FeatureContrast>> contrasts = SegmentProfiler.contrasts(table, columns, assignments, k);
        List<List<SegmentDescriber.Phrase>> phrases = new ArrayList<>();
        Set<String> flags = new HashSet<>();
        for (DataTable.ColumnInfo c : table.columns()) if (c.type() == ColumnType.BOOLEAN) flags.add(c.name());
        for (int s = 0; s < k; s++) phrases.add(SegmentDescriber.phrases(contrasts.get(s), flags));
        List<String> finalNames = names != null ? names : SegmentDescriber.names(phrases);
        List<SegmentProfile> out = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            String description;
            if (size[s] == 0) description = "No customers in this segment";
            else if (descriptions != null) description = descriptions.apply(s);
            else description = SegmentDescriber.description(phrases.get(s));
            double share = assignments.length == 0 ? 0 : size[s] / (double) assignments.length;
            out.add(new SegmentProfile(s, finalNames.get(s), description, size[s], share, contrasts.get(s),
                    SegmentDescriber.topFeatures(phrases.get(s))));
        }
        return out;
    }
}

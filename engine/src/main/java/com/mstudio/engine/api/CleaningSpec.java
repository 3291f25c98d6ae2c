package com.mstudio.engine.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The user's cleaning choices: at most one {@link ColumnStep} per column. Columns without a step pass through unchanged. */
public record CleaningSpec(List<ColumnStep> steps) {
    public CleaningSpec {
        steps = List.copyOf(steps);
        Set<String> seen = new HashSet<>();
        for (ColumnStep s : steps) {
            if (!seen.add(s.column())) throw new IllegalArgumentException("two steps for column " + s.column());
        }
    }

    public static CleaningSpec of(ColumnStep... steps) {
        return new CleaningSpec(List.of(steps));
    }
}

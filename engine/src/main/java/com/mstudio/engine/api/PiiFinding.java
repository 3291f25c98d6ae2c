package com.mstudio.engine.api;

import java.util.List;

/**
 * A column that looks like it holds personal data.
 *
 * @param column     column name
 * @param kind       what it looks like
 * @param confidence share of the non-missing values that match the kind, 0..1 (estimated from a sample of rows for
 *                   columns with very many distinct values)
 * @param examples   up to three matching values, for the user to confirm (shown only on the PII review screen)
 */
public record PiiFinding(String column, PiiKind kind, double confidence, List<String> examples) {
    public PiiFinding {
        examples = List.copyOf(examples);
    }
}

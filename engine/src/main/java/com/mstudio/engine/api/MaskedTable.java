package com.mstudio.engine.api;

import java.util.List;

/**
 * A table with its personal-data columns masked. The original stays in memory so that the user can unmask a column
 * (see {@link PiiService#view}); {@link #masked()} is what is shown, modelled and exported by default.
 *
 * @param original      the table as imported
 * @param masked        the same table with each masked column's values replaced by stable salted hashes
 * @param maskedColumns names of the masked columns, in table order
 */
public record MaskedTable(DataTable original, DataTable masked, List<String> maskedColumns) {
    public MaskedTable {
        maskedColumns = List.copyOf(maskedColumns);
    }
}

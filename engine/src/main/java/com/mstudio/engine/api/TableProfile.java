package com.mstudio.engine.api;

import java.util.List;

/** The profile of a whole table, one {@link ColumnProfile} per column in table order. */
public record TableProfile(int rows, List<ColumnProfile> columns) {
    public TableProfile {
        columns = List.copyOf(columns);
    }

    /** The profile of the named column, or null. */
    public ColumnProfile column(String name) {
        for (ColumnProfile c : columns) if (c.name().equals(name)) return c;
        return null;
    }
}

package com.mstudio.engine.api;

import java.util.List;

/**
 * What the workspace keeps of an import beside the data, so that reopening shows the same schema and report the user
 * saw (the data file alone cannot say which rows were rejected).
 */
public record ImportRecord(List<ColumnSchema> schema, ImportReport report) {
    public ImportRecord {
        schema = List.copyOf(schema);
    }
}

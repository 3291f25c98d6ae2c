package com.mstudio.engine.api;

import java.util.List;

/** A finished import: the table, the schema it was read with, and the report. */
public record ImportResult(DataTable table, List<ColumnSchema> schema, ImportReport report) {}

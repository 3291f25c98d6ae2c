package com.mstudio.engine.data.profile;

import com.mstudio.engine.api.ColumnProfile;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.TableProfile;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * Profiles a dataset column by column. Columns are the unit of progress and cancellation: one column of a million rows
 * takes tens of milliseconds, so a cancel is honoured almost at once without checks inside the tight loops.
 */
public final class TableProfiler {
    private TableProfiler() {}

    public static TableProfile profile(Dataset data, JobContext context) {
        List<Column> columns = data.columnList();
        List<ColumnProfile> out = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            context.checkCancelled();
            Column c = columns.get(i);
            context.progress((double) i / columns.size(), "Profiling column " + c.name());
            out.add(profile(c));
        }
        context.progress(1, "Profiled " + columns.size() + " columns");
        return new TableProfile(data.rowCount(), out);
    }

    public static ColumnProfile profile(Column c) {
        return switch (c.type()) {
            case INTEGER, DECIMAL -> NumberProfiler.profile(c);
            case BOOLEAN -> TemporalProfiler.profileBoolean((LongColumn) c);
            case DATE, DATETIME -> TemporalProfiler.profileDate((LongColumn) c);
            case CATEGORICAL, TEXT, IDENTIFIER -> CategoryProfiler.profile((StringColumn) c);
        };
    }
}

package com.mstudio.engine.api;

import java.util.concurrent.Executor;

/**
 * Column profiles (missing values, distinct counts, statistics, histograms, top values) as the data screen shows them.
 * Profiling runs as a job that reports progress and can be cancelled between columns.
 */
public interface ProfileService {
    /** Profiles every column of {@code table}. */
    JobHandle<TableProfile> profile(DataTable table, Executor events, JobListener<? super TableProfile> listener);
}

package com.mstudio.engine.data.profile;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.ProfileService;
import com.mstudio.engine.api.TableProfile;
import com.mstudio.engine.data.Dataset;

import java.util.concurrent.Executor;

/**
 * Runs profiling on the I/O lane: it touches no ND4J object, so it should not queue behind model training on the
 * engine thread.
 */
public final class DefaultProfileService implements ProfileService {
    private final JobRunner jobs;

    public DefaultProfileService(JobRunner jobs) {
        this.jobs = jobs;
    }

    @Override
    public JobHandle<TableProfile> profile(DataTable table, Executor events, JobListener<? super TableProfile> listener) {
        Dataset data = Dataset.of(table);
        return jobs.submit("Profile " + data.columnCount() + " columns", Lane.IO,
                ctx -> TableProfiler.profile(data, ctx), events, listener);
    }
}

package com.mstudio.ui.support;

import com.mstudio.engine.api.CsvPreview;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/** Lets a UI test swap the importer behind a running window (the real one by default, a slow one for cancel tests). */
public final class SwitchableImporter implements ImportService {
    private volatile ImportService delegate;

    public SwitchableImporter(ImportService delegate) {
        this.delegate = delegate;
    }

    public void use(ImportService next) {
        delegate = next;
    }

    @Override
    public JobHandle<CsvPreview> preview(Path file, ImportOptions options, Executor events, JobListener<? super CsvPreview> l) {
        return delegate.preview(file, options, events, l);
    }

    @Override
    public JobHandle<ImportResult> importCsv(Path file, ImportOptions options, Executor events, JobListener<? super ImportResult> l) {
        return delegate.importCsv(file, options, events, l);
    }
}

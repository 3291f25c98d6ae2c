package com.mstudio.engine.pipeline;

import com.mstudio.engine.api.CleaningSpec;
import com.mstudio.engine.api.ColumnStep;
import com.mstudio.engine.api.ColumnStep.Impute;
import com.mstudio.engine.api.ColumnStep.Scale;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.DatasetEntry;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.TableProfile;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.data.profile.DefaultProfileService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole data path headless, on the real runtime and the real CSV importer: import the churn sample, profile it,
 * look for personal data, save it in a workspace, reopen, clean it with a saved transform and build features.
 */
class ChurnPipelineTest {

    @Test
    void importProfileMaskSaveReopenCleanAndBuildFeatures(@TempDir Path home) {
        try (JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2))) {
            DataTable churn = new CsvImportService(engine)
                    .importCsv(ChurnData.FILE, ImportOptions.detectAll(), Runnable::run, new JobListener<>() {}).await().table();
            assertEquals(7043, churn.rowCount());

            TableProfile profile = new DefaultProfileService(engine).profile(churn, Runnable::run, new JobListener<>() {}).await();
            assertEquals(11, profile.column("total_charges").missing()); // the 11 "NA" cells
            assertEquals(3875, profile.column("contract").topValues().get(0).count());

            DefaultPiiService pii = new DefaultPiiService();
            assertEquals(List.of(), pii.detect(churn));

            WorkspaceStore store = new WorkspaceStore(engine, pii, home.resolve("settings"), home.resolve("MarketingStudio"), "test");
            DatasetEntry entry;
            try (Workspace ws = store.openLastOrCreate()) {
                entry = ws.addDataset("Telco churn", churn, ChurnData.FILE.toString(), "detected", List.of(),
                        Runnable::run, new JobListener<>() {}).await();
            }
            DataTable reopened;
            try (Workspace ws = store.openLastOrCreate()) {
                MaskedTable t = ws.openDataset(entry.id(), Runnable::run, new JobListener<>() {}).await();
                reopened = ws.view(t, entry.id());
            }
            assertEquals(churn.columns(), reopened.columns());

            DefaultCleaningService cleaning = new DefaultCleaningService();
            CleaningSpec spec = CleaningSpec.of(
                    ColumnStep.number("tenure", Impute.NONE, Scale.Z_SCORE),
                    ColumnStep.number("monthly_charges", Impute.NONE, Scale.Z_SCORE),
                    ColumnStep.number("total_charges", Impute.MEDIAN, Scale.Z_SCORE),
                    ColumnStep.oneHot("contract", Impute.MODE, 0),
                    ColumnStep.oneHot("payment_method", Impute.MODE, 0),
                    ColumnStep.oneHot("internet_service", Impute.MODE, 0));
            FittedTransform fitted = cleaning.fit(reopened, spec);
            Path file = home.resolve("churn-features.json");
            cleaning.save(fitted, file);
            FeatureMatrix a = cleaning.toFeatureMatrix(fitted, churn);
            FeatureMatrix b = cleaning.toFeatureMatrix(cleaning.load(file), reopened);
            assertEquals(7043, a.rows());
            assertEquals(3 + 3 + 4 + 3, a.columns());
            assertArrayEquals(a.values(), b.values());
        }
    }
}

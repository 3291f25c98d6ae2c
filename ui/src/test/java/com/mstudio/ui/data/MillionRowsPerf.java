package com.mstudio.ui.data;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.ui.shell.Theme;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opt-in measurement ({@code -Dperf=true}): a real 1,000,000-row import shown in the rows table, then 200 jumps
 * and 2,000 small scroll steps, each laid out, timed on the FX thread
 * (the time TestFX's interact adds per call is printed separately).
 */
@EnabledIfSystemProperty(named = "perf", matches = "true")
@ExtendWith(ApplicationExtension.class)
class MillionRowsPerf {
    @TempDir Path dir;
    private RowsView rows;

    @Start
    void start(Stage stage) {
        rows = new RowsView();
        Theme.apply(false);
        Scene scene = new Scene(rows, 1280, 800);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void scrollAMillionImportedRows(FxRobot robot) throws Exception {
        Path file = dir.resolve("million.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("customer_id,age,spend,plan,region,active\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("C" + i + "," + (18 + i % 60) + "," + (i % 9973) / 7.0 + ",plan_" + (i % 4) + ","
                        + (i % 11 == 0 ? "" : "region_" + (i % 7)) + "," + (i % 2 == 0) + "\n");
            }
        }
        try (JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2))) {
            long t0 = System.nanoTime();
            DataTable table = new CsvImportService(engine).importCsv(file, ImportOptions.detectAll(), Runnable::run,
                    new JobListener<>() {}).await().table();
            System.out.printf("import: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            long c0 = System.nanoTime();
            long chars = 0;
            for (int i = 0; i < 100_000; i++) {
                int r = (int) ((long) i * 7919 % 1_000_000);
                for (int c = 0; c < table.columnCount(); c++) chars += table.text(r, c).length() + (table.isMissing(r, c) ? 1 : 0);
            }
            System.out.printf("600k cell reads: %.1f ms (%d chars)%n", (System.nanoTime() - c0) / 1e6, chars);
            robot.interact(() -> rows.show(table));
            double[] noCss = new double[1];
            for (int i = 0; i < 500; i++) {
                int target = 300_000 + i;
                robot.interact(() -> {
                    long s0 = System.nanoTime();
                    rows.table().scrollTo(target % RowsView.PAGE);
                    rows.layout();
                    noCss[0] += (System.nanoTime() - s0) / 1e6;
                });
            }
            System.out.printf("per row step without a CSS pass: %.2f ms%n", noCss[0] / 500);
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) rows.table().lookup(".virtual-flow");
            double[] wheel = new double[1];
            for (int i = 0; i < 500; i++) {
                robot.interact(() -> {
                    long s0 = System.nanoTime();
                    flow.scrollPixels(26 * 3);
                    rows.applyCss();
                    rows.layout();
                    wheel[0] += (System.nanoTime() - s0) / 1e6;
                });
            }
            System.out.printf("per wheel notch (3 rows, with CSS): %.2f ms%n", wheel[0] / 500);
            for (int n : new int[]{1_000_000, 100_000, 10_000}) {
                var big = com.mstudio.ui.support.ArrayTable.huge(n);
                robot.interact(() -> rows.show(big));
                double[] bg = new double[1];
                for (int i = 0; i < 100; i++) {
                    int target = n / 2 + i;
                    robot.interact(() -> {
                        long s0 = System.nanoTime();
                        rows.table().scrollTo(target % RowsView.PAGE);
                        rows.applyCss();
                        rows.layout();
                        bg[0] += (System.nanoTime() - s0) / 1e6;
                    });
                }
                System.out.printf("computed %,d-row table, per scrollTo step: %.2f ms%n", n, bg[0] / 100);
            }
            var small = com.mstudio.ui.support.ArrayTable.huge(1_000);
            robot.interact(() -> rows.show(small));
            double[] sm = new double[1];
            for (int i = 0; i < 300; i++) {
                int target = i;
                robot.interact(() -> {
                    long s0 = System.nanoTime();
                    rows.table().scrollTo(target % RowsView.PAGE);
                    rows.applyCss();
                    rows.layout();
                    sm[0] += (System.nanoTime() - s0) / 1e6;
                });
            }
            System.out.printf("1,000-row table, per scrollTo step: %.2f ms%n", sm[0] / 300);
            robot.interact(() -> rows.show(table));
            long e0 = System.nanoTime();
            for (int i = 0; i < 100; i++) robot.interact(() -> { });
            double emptyMs = (System.nanoTime() - e0) / 1e6 / 100;
            double[] fx = new double[2];
            for (int i = 0; i < 200; i++) {
                int target = (int) ((long) i * 997_331 % 1_000_000);
                robot.interact(() -> {
                    long s0 = System.nanoTime();
                    rows.goToRow(target);
                    rows.applyCss();
                    rows.layout();
                    fx[0] += (System.nanoTime() - s0) / 1e6;
                });
            }
            for (int i = 0; i < 500; i++) {
                int target = 500_000 + i;
                robot.interact(() -> {
                    long s0 = System.nanoTime();
                    rows.table().scrollTo(target % RowsView.PAGE);
                    rows.applyCss();
                    rows.layout();
                    fx[1] += (System.nanoTime() - s0) / 1e6;
                });
            }
            double jumpMs = fx[0] / 200;
            double stepMs = fx[1] / 500;
            System.out.printf("empty interact: %.2f ms; on the FX thread: per jump %.2f ms, per row step %.2f ms%n",
                    emptyMs, jumpMs, stepMs);
            assertTrue(jumpMs < 30 && stepMs < 30, "scrolling must stay within a few frames");
        }
    }
}

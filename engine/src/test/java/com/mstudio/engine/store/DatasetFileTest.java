package com.mstudio.engine.store;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;
import com.mstudio.engine.testsupport.ChurnData;
import com.mstudio.engine.testsupport.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DatasetFileTest {

    /** Same names, types, missing cells and cell values (text and numbers), cell by cell. */
    static void assertSameData(Dataset expected, Dataset actual) {
        assertEquals(expected.columns(), actual.columns());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int c = 0; c < expected.columnCount(); c++) {
            for (int r = 0; r < expected.rowCount(); r++) {
                assertEquals(expected.isMissing(r, c), actual.isMissing(r, c));
                assertEquals(expected.text(r, c), actual.text(r, c), () -> "column " + expected.column(0).name());
                assertEquals(Double.doubleToLongBits(expected.number(r, c)), Double.doubleToLongBits(actual.number(r, c)));
            }
        }
    }

    @Test
    void roundTripsEveryTypeAndMissingCells(@TempDir Path dir) {
        Dataset churn = ChurnData.load();
        Path file = dir.resolve("churn.msd");
        DatasetFile.write(churn, file);
        assertSameData(churn, DatasetFile.read(file));

        Dataset mixed = SyntheticData.generate(5_000, 7);
        LongColumn.Builder extremes = LongColumn.builder("extremes", ColumnType.INTEGER, 4);
        extremes.append(Long.MIN_VALUE); extremes.append(Long.MAX_VALUE); extremes.appendMissing(); extremes.append(0);
        LongColumn.Builder allMissing = LongColumn.builder("empty", ColumnType.DATETIME, 4);
        for (int i = 0; i < 4; i++) allMissing.appendMissing();
        StringColumn.Builder unicode = StringColumn.builder("städte", ColumnType.TEXT, 4);
        unicode.append("Zürich"); unicode.append(""); unicode.appendMissing(); unicode.append("東京 🚀");
        Dataset edge = new Dataset(List.of(extremes.build(), allMissing.build(), unicode.build()));
        for (Dataset d : List.of(mixed, edge, new Dataset(List.of()))) {
            DatasetFile.write(d, file);
            assertSameData(d, DatasetFile.read(file));
        }
    }

    @Test
    void aTruncatedOrAlteredFileIsReportedAsDamaged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("churn.msd");
        DatasetFile.write(ChurnData.load(), file);
        byte[] good = Files.readAllBytes(file);
        for (int cut : new int[]{0, 3, 17, good.length / 3, good.length / 2, good.length - 9, good.length - 1}) {
            Files.write(file, Arrays.copyOf(good, cut));
            StudioException e = assertThrows(StudioException.class, () -> DatasetFile.read(file), "cut at " + cut);
            assertTrue(e.getMessage().contains("churn.msd is damaged") || e.getMessage().contains("not a Marketing Studio"),
                    e.getMessage());
            assertEquals(file, e.file());
        }
        for (int at : new int[]{40, good.length / 2, good.length - 20}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x10;
            Files.write(file, bad);
            StudioException e = assertThrows(StudioException.class, () -> DatasetFile.read(file), "flip at " + at);
            assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
        }
        assertTrue(assertThrows(StudioException.class, () -> DatasetFile.read(dir.resolve("gone.msd")))
                .getMessage().contains("gone.msd is missing"));
    }

    @Test
    void writesAndReadsAMillionRowsByTwentyColumnsCompactly(@TempDir Path dir) throws Exception {
        Dataset big = SyntheticData.generate(1_000_000, 42);
        Path file = dir.resolve("big.msd");
        DatasetFile.write(SyntheticData.generate(20_000, 1), file); // warm up the JIT
        DatasetFile.read(file);
        long t0 = System.nanoTime();
        DatasetFile.write(big, file);
        long t1 = System.nanoTime();
        Dataset back = DatasetFile.read(file);
        long t2 = System.nanoTime();
        long size = Files.size(file);
        System.out.printf("PERF dataset file 1,000,000 x 20: write %.2f s, read %.2f s, %.1f MB (%.1f bytes/row)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, size / 1e6, size / 1e6);
        assertEquals(big.columns(), back.columns());
        for (int c = 0; c < big.columnCount(); c++) {
            for (int r = 0; r < big.rowCount(); r += 997) assertEquals(big.text(r, c), back.text(r, c));
        }
        assertTrue(size < 100_000_000, "file too large: " + size);
    }
}

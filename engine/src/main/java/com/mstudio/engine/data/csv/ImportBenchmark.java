package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The import benchmark behind {@code studio bench import [--rows N]}: writes a mixed-type CSV (fixed seed, 20
 * columns, 2% missing cells) into a temp folder, imports it and measures time and heap. Not a test: timings on a
 * shared machine vary, and a test that fails on a busy day teaches nothing.
 */
public final class ImportBenchmark {
    public static final long SEED = 20240917L;
    public static final int COLUMNS = 20;

    /** The figures of one run. Peak heap is sampled every 5 ms; retained heap is measured after a GC at the end. */
    /**
     * {@code cpuSeconds} is the process's CPU time during the import (all threads, GC and JIT included): on a shared
     * machine it varies far less than the wall-clock seconds.
     */
    public record Result(long rows, int columns, long fileBytes, double seconds, double rowsPerSecond, double megabytesPerSecond,
                         double peakHeapMb, double retainedHeapMb, long rejected, double cpuSeconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d rows x %d columns, %.1f MB: %.2f s (%.2f s CPU), %,.0f rows/s, %.1f MB/s, "
                            + "peak heap %.0f MB, table %.0f MB, %d rejected", rows, columns, fileBytes / 1e6, seconds, cpuSeconds,
                    rowsPerSecond, megabytesPerSecond, peakHeapMb, retainedHeapMb, rejected);
        }
    }

    private ImportBenchmark() {}

    /** Generates {@code rows} rows of all 20 columns into a temp folder, imports them once and returns the figures. */
    public static Result run(int rows) {
        return run(rows, COLUMNS);
    }

    /** As {@link #run(int)} with the first {@code columns} (1..20) columns. The temp folder is deleted afterwards. */
    public static Result run(int rows, int columns) {
        return run(rows, columns, 1).get(0);
    }

    /**
     * Generates the file once and imports it {@code repeat} times: the first run is what a user sees right after start
     * (JIT still warming up), the later ones what every further import costs.
     */
    public static java.util.List<Result> run(int rows, int columns, int repeat) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("studio-bench-import");
            Path file = dir.resolve("bench.csv");
            generate(file, rows, columns, SEED);
            java.util.List<Result> results = new java.util.ArrayList<>();
            for (int i = 0; i < Math.max(1, repeat); i++) results.add(measure(file));
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    /** Imports {@code file} once and measures it. */
    public static Result measure(Path file) throws IOException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long base = mem.getHeapMemoryUsage().getUsed();
        HeapSampler sampler = new HeapSampler(mem);
        sampler.start();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        ImportResult r;
        try {
            r = new CsvImporter().importFile(file, ImportOptions.detectAll(), new PlainJobContext());
        } finally {
            sampler.stopNow();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        System.gc();
        long retained = mem.getHeapMemoryUsage().getUsed() - base;
        long bytes = Files.size(file);
        long rows = r.report().rowsRead();
        Result res = new Result(rows, r.table().columnCount(), bytes, s, rows / s, bytes / 1e6 / s,
                (sampler.peak - base) / 1e6, retained / 1e6, r.report().rowsRejected(), cpu);
        if (r.table().rowCount() < 0) throw new AssertionError(); // keeps the table reachable until here
        return res;
    }

    /** Writes the benchmark file with all {@value #COLUMNS} columns. */
    public static void generate(Path file, int rows, long seed) throws IOException {
        generate(file, rows, COLUMNS, seed);
    }

    /**
     * Writes the benchmark file: an id, then ints, decimals, 0/1 and true/false flags, yes/no, dates (ISO and
     * day-first), date-times, categories and short text (a tenth of it quoted with a comma), the first
     * {@code columns} of them (1..20). Every cell but the id is empty with probability 2%.
     */
    public static void generate(Path file, int rows, int columns, long seed) throws IOException {
        if (columns < 1 || columns > COLUMNS) throw new IllegalArgumentException("columns must be 1.." + COLUMNS);
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] countries = {"DE", "FR", "US", "GB", "ES", "IT", "NL", "PL", "SE", "AT", "CH", "BE", "CN", "JP", "BR"};
        String[] segments = {"Bargain hunter", "Loyal", "New", "At risk", "Champion"};
        String[] channels = {"email", "search", "social", "display", "referral", "direct", "affiliate", "sms"};
        String[] plans = {"Free", "Basic", "Plus", "Pro"};
        String[] words = {"fast", "delivery", "great", "price", "slow", "support", "love", "the", "app", "would", "buy",
                "again", "okay", "broken", "size", "colour", "refund", "nice", "quality", "cheap"};
        String[] cities = new String[300];
        for (int i = 0; i < cities.length; i++) cities[i] = "City " + (char) ('A' + i % 26) + (i / 26);
        String[] names = {"customer_id", "age", "tenure_months", "visits", "monthly_spend", "total_spend", "discount_rate",
                "satisfaction", "is_active", "newsletter", "has_app", "signup_date", "last_order", "last_login", "country",
                "segment", "channel", "plan", "city", "comment"};
        List<Supplier<String>> values = List.of(
                () -> Integer.toString(18 + rnd.nextInt(70)),
                () -> Integer.toString(rnd.nextInt(121)),
                () -> Integer.toString(rnd.nextInt(20000)),
                () -> money(rnd.nextInt(50000)),
                () -> money(rnd.nextInt(5_000_000)),
                () -> String.format(Locale.ROOT, "%.4f", rnd.nextDouble() * 0.5),
                () -> Double.toString(Math.round(rnd.nextDouble() * 1000) / 100.0),
                () -> rnd.nextBoolean() ? "1" : "0",
                () -> rnd.nextBoolean() ? "true" : "false",
                () -> rnd.nextBoolean() ? "yes" : "no",
                () -> LocalDate.ofEpochDay(14000 + rnd.nextInt(6000)).toString(),
                () -> {
                    LocalDate d = LocalDate.ofEpochDay(18000 + rnd.nextInt(2000));
                    return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
                },
                () -> LocalDateTime.ofEpochSecond(1_600_000_000L + rnd.nextInt(100_000_000), 0, ZoneOffset.UTC).toString()
                        .replace('T', ' '),
                () -> countries[rnd.nextInt(countries.length)],
                () -> segments[rnd.nextInt(segments.length)],
                () -> channels[rnd.nextInt(channels.length)],
                () -> plans[rnd.nextInt(plans.length)],
                () -> cities[rnd.nextInt(cities.length)],
                () -> {
                    StringBuilder t = new StringBuilder();
                    int n = 2 + rnd.nextInt(5);
                    boolean quoted = rnd.nextInt(10) == 0;
                    if (quoted) t.append('"');
                    for (int k = 0; k < n; k++) {
                        if (k > 0) t.append(quoted && k == 1 ? ", " : " ");
                        t.append(words[rnd.nextInt(words.length)]);
                    }
                    if (quoted) t.append('"');
                    return t.toString();
                });
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", Arrays.asList(names).subList(0, columns)));
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                sb.append("CU-").append(1_000_000 + i);
                for (int c = 1; c < columns; c++) {
                    sb.append(',');
                    if (rnd.nextInt(100) >= 2) sb.append(values.get(c - 1).get());
                }
                sb.append('\n');
                w.append(sb);
            }
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static String money(int cents) {
        return (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    /** Samples used heap until stopped; the peak is what an import really needs, garbage included. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean mem;
        private volatile boolean stop;
        volatile long peak;

        HeapSampler(MemoryMXBean mem) {
            super("bench-heap-sampler");
            setDaemon(true);
            this.mem = mem;
        }

        @Override
        public void run() {
            while (!stop) {
                peak = Math.max(peak, mem.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopNow() {
            stop = true;
            interrupt();
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            peak = Math.max(peak, mem.getHeapMemoryUsage().getUsed());
        }
    }

    /** {@code ImportBenchmark [--rows N] [--cols N] [--file path.csv (kept; generated when absent)] [--repeat K]}. */
    public static void main(String[] args) throws IOException {
        int rows = 1_000_000;
        int cols = COLUMNS;
        Path file = null;
        int repeat = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--cols" -> cols = Integer.parseInt(args[++i]);
                case "--file" -> file = Path.of(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (file != null && !Files.exists(file)) {
            generate(file, rows, cols, SEED);
            System.out.println("wrote " + file);
        }
        for (int k = 0; k < repeat; k++) {
            System.out.println(file != null ? measure(file) : run(rows, cols));
        }
    }
}

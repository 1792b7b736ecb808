package dev.quarry.core;

import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generation speed on a synthetic project of 200 tables and 1,000 / 5,000 / 10,000 queries, through
 * the facade on a warm JVM and through the CLI jar in a fresh JVM; plus the no-op check a build
 * makes when nothing changed (fingerprint and stamp). Not a timed test: it only prints. Run with
 * {@code mvn -o -q test -pl runtime,generator-core -Dtest=GenerationBenchmark -Dquarry.bench=true}
 * (build the CLI jar first for its rows).
 */
@EnabledIfSystemProperty(named = "quarry.bench", matches = "true")
class GenerationBenchmark {
    private static final int TABLES = 200;
    private static final int WARM_UPS = 10;
    private static final int REPEATS = 5;

    @TempDir
    Path tmp;

    @Test
    void run() throws Exception {
        List<Integer> sizes = java.util.Arrays.stream(System.getProperty("quarry.bench.sizes", "1000,5000,10000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        Path warm = project("warm", 1_000);
        // a warm JVM is what a build daemon or an IDE has: JIT-compiled parser, analysis and emitter
        for (int i = 0; i < WARM_UPS; i++) {
            generateAndWrite(load(warm));
        }
        System.out.println("quarry benchmark: " + TABLES + " tables, " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        System.out.println("| queries | facade: generate + write, new folder | per query | generate again, median of "
                + REPEATS + " | per query | peak heap | no-op (fingerprint + stamp) | CLI jar, fresh JVM |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            Path dir = project("p" + n, n);
            QuarryConfig config = load(dir);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            int files = generateAndWrite(config);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long peak = peakHeapMb();
            // again into the folder just written, as a build after a change: everything analyzed and emitted
            // anew, every file compared, unchanged ones not written
            long[] again = new long[REPEATS];
            for (int i = 0; i < REPEATS; i++) {
                long s = System.nanoTime();
                generateAndWrite(config);
                again[i] = System.nanoTime() - s;
            }
            java.util.Arrays.sort(again);
            double againMillis = again[REPEATS / 2] / 1e6;
            Path stamp = dir.resolve("target/stamp");
            GenerationStamp.write(stamp, InputFingerprint.of(config), config.outputDir());
            long noop = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long s = System.nanoTime();
                if (!GenerationStamp.isCurrent(stamp, InputFingerprint.of(config), config.outputDir())) {
                    throw new IllegalStateException("no-op check says stale");
                }
                noop = Math.min(noop, System.nanoTime() - s);
            }
            // into the folder just written: the CLI analyzes and emits everything, compares every file, writes none
            String cli = cli(dir.resolve("quarry.yaml"));
            System.out.printf(Locale.ROOT, "| %,d | %,d ms (%d files) | %.3f ms | %,.0f ms | %.3f ms | %,d MB | %.1f ms | %s |%n",
                    n, millis, files, millis / (double) n, againMillis, againMillis / n, peak, noop / 1e6, cli);
            phases.add(n + " queries: " + phases(config, dir.resolve("out-phases")));
        }
        // the stages one by one, as the facade runs them, with the process's CPU time (all threads)
        // beside the wall time: on a shared machine the CPU time is the steadier figure
        phases.forEach(System.out::println);
    }

    private final List<String> phases = new java.util.ArrayList<>();

    private static String phases(QuarryConfig config, Path out) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StringBuilder line = new StringBuilder();
        Diagnostics diagnostics = new Diagnostics();
        long[] mark = {System.nanoTime(), os.getProcessCpuTime()};
        java.util.function.Consumer<String> lap = name -> {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            line.append(String.format(Locale.ROOT, "%s %,d ms (CPU %,d ms), ", name,
                    (wall - mark[0]) / 1_000_000, (cpu - mark[1]) / 1_000_000));
            mark[0] = wall;
            mark[1] = cpu;
        };
        var schema = dev.quarry.core.source.SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir());
        var queries = dev.quarry.core.source.SourceDiscovery.discover(config.queries(), config.baseDir());
        lap.accept("read");
        var catalog = dev.quarry.core.catalog.CatalogBuilder.buildScripts(config.engine(), config.searchPath(), schema,
                diagnostics);
        lap.accept("catalog");
        var ir = dev.quarry.core.analyze.ProjectAnalyzer.analyze(config, catalog, queries, diagnostics)
                .withJavaSettings(config.rename(), config.unsigned());
        lap.accept("analyze");
        var files = dev.quarry.core.emit.JavaEmitter.emit(ir, diagnostics);
        lap.accept("emit");
        OutputWriter.write(new Quarry.Generation(files, diagnostics.sorted(), 0), out);
        lap.accept("write");
        return line.substring(0, line.length() - 2);
    }

    private static int generateAndWrite(QuarryConfig config) throws IOException {
        Quarry.Generation generation = Quarry.generate(config);
        if (generation.hasErrors()) {
            throw new IllegalStateException(DiagnosticRenderer.render(generation.diagnostics()));
        }
        OutputWriter.write(generation, config.outputDir());
        return generation.files().size();
    }

    private static QuarryConfig load(Path dir) {
        Diagnostics diagnostics = new Diagnostics();
        return ConfigLoader.load(dir.resolve("quarry.yaml"), diagnostics)
                .orElseThrow(() -> new IllegalStateException(DiagnosticRenderer.render(diagnostics.sorted())));
    }

    /** Runs {@code java -jar quarry-cli-*-all.jar generate} in a fresh JVM; its own summary line and the wall time. */
    private String cli(Path config) throws Exception {
        Path jar;
        try (var jars = Files.list(Path.of("../cli/target"))) {
            jar = jars.filter(p -> p.getFileName().toString().endsWith("-all.jar")).findFirst().orElse(null);
        } catch (IOException e) {
            jar = null;
        }
        if (jar == null) {
            return "(no CLI jar: build cli first)";
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java.toString(), "-Xlog:disable", "-jar", jar.toString(), "generate", "-c",
                config.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String summary = output.lines().filter(l -> l.startsWith("quarry:")).reduce((a, b) -> b).orElse(output);
        return String.format(Locale.ROOT, "%,d ms wall (`%s`)", millis, summary);
    }

    /** A project of {@value #TABLES} tables and {@code queries} queries, 50 per file, of four shapes. */
    private Path project(String name, int queries) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir.resolve("queries"));
        StringBuilder schema = new StringBuilder();
        for (int t = 0; t < TABLES; t++) {
            schema.append("CREATE TABLE t").append(t).append(" (\n  id bigserial PRIMARY KEY,\n")
                    .append("  name text NOT NULL,\n  note text,\n  amount numeric(12, 2),\n")
                    .append("  created_at timestamptz NOT NULL DEFAULT now(),\n  parent_id bigint REFERENCES t")
                    .append(t).append(" (id)\n);\n\n");
        }
        Files.writeString(dir.resolve("schema.sql"), schema);
        StringBuilder file = new StringBuilder();
        int fileNo = 0;
        for (int q = 0; q < queries; q++) {
            int t = q % TABLES;
            int u = (q * 7 + 1) % TABLES;
            switch (q % 4) {
                case 0 -> file.append("-- name: Get").append(q).append(" :one\nSELECT id, name, note, amount FROM t")
                        .append(t).append(" WHERE id = $1;\n\n");
                case 1 -> file.append("-- name: List").append(q).append(" :many\nSELECT a.id, a.name, b.note AS other_note,")
                        .append(" coalesce(b.amount, 0) AS amount\nFROM t").append(t).append(" a LEFT JOIN t").append(u)
                        .append(" b ON b.parent_id = a.id\nWHERE a.created_at > @since ORDER BY a.name LIMIT @max;\n\n");
                case 2 -> file.append("-- name: Add").append(q).append(" :one\nINSERT INTO t").append(t)
                        .append(" (name, note, amount) VALUES ($1, $2, $3) RETURNING id, created_at;\n\n");
                default -> file.append("-- name: Count").append(q).append(" :one\nSELECT count(*) AS n, max(amount) AS top")
                        .append(" FROM t").append(t).append(" WHERE name LIKE $1;\n\n");
            }
            if ((q + 1) % 50 == 0 || q == queries - 1) {
                Files.writeString(dir.resolve("queries/q" + fileNo++ + ".sql"), file);
                file.setLength(0);
            }
        }
        Files.writeString(dir.resolve("quarry.yaml"), """
                version: 1
                engine: postgresql
                schema: [schema.sql]
                queries: [queries]
                java:
                  package: com.example.bench
                  out: out
                """);
        return dir;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the live heap a run needed. */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}

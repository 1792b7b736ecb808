package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds mutated schema and query files of the golden folders to {@link Quarry#generate}: every run
 * must end with files or with diagnostics, never an exception, a hang, or files beside errors. A
 * seeded mutation loop (deterministic for a seed): {@code -Dquarry.fuzz.seed=...} replays a
 * failure, {@code -Dquarry.fuzz.tries=...} runs longer.
 */
class GeneratorFuzzTest {
    private static final Duration HANG = Duration.ofMinutes(2);
    private static final Path GOLDEN = Path.of("src/test/golden");
    private static final String[] KEYWORDS = {"SELECT", "FROM", "WHERE", "JOIN", "LEFT", "ON", "USING", "WITH",
        "RECURSIVE", "UNION", "ALL", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "RETURNING", "CREATE",
        "TABLE", "ALTER", "DROP", "TYPE", "ENUM", "AS", "NOT", "NULL", "PRIMARY", "KEY", "CASE", "WHEN", "END", "(",
        ")", ",", ";", "*", "$1", "?", "@x", ":x", "sqlc.arg(a)", "sqlc.narg(b)", "sqlc.slice(ids)", "sqlc.embed(t)",
        "::int", "-- name: Fuzz :one", "-- name: Fuzz2 :many", "-- name: X :copyfrom", "-- name:", "/*", "*/", "'",
        "\"", "`", "LATERAL", "GROUP BY", "ORDER BY", "LIMIT", "OVER (", "FILTER (WHERE", "EXISTS", "IN", "ANY(",
        "ARRAY[", "]", "->>", "||", "count(*)", "coalesce(", "-- @nullable", "-- @nonnull", "-- +goose Up",
        "-- migrate:up", "\\", "\u0000", "\uFEFF"};
    private static final String[] UNICODE = {"é", "ß", "İ", "ı", "日本", "😀", "\u200B", "\u202E", "Ω", "\uD800"};

    @TempDir
    Path tmp;

    @Test
    void mutatedInputsEndInFilesOrDiagnostics() throws IOException {
        long seed = Long.getLong("quarry.fuzz.seed", 20250601L);
        int tries = Integer.getInteger("quarry.fuzz.tries", 600);
        List<Path> corpus = corpus();
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int errors = 0;
        int generated = 0;
        for (int t = 0; t < tries; t++) {
            Path source = corpus.get(random.nextInt(corpus.size()));
            Path project = tmp.resolve("run" + t);
            List<Path> sqlFiles = copy(source, project);
            if (sqlFiles.isEmpty()) {
                continue;
            }
            StringBuilder what = new StringBuilder(GOLDEN.relativize(source).toString());
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                Path file = sqlFiles.get(random.nextInt(sqlFiles.size()));
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                String mutated = mutate(text, random, what);
                byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8); // a lone surrogate becomes '?'
                if (random.nextInt(40) == 0) {
                    // not UTF-8 at all
                    int cut = random.nextInt(bytes.length + 1);
                    byte[] broken = new byte[bytes.length + 2];
                    System.arraycopy(bytes, 0, broken, 0, cut);
                    broken[cut] = (byte) 0xC3;
                    broken[cut + 1] = (byte) 0x28;
                    System.arraycopy(bytes, cut, broken, cut + 2, bytes.length - cut);
                    bytes = broken;
                    what.append(" invalid UTF-8 at byte ").append(cut);
                }
                Files.write(file, bytes);
                what.append(" in ").append(project.relativize(file));
            }
            Diagnostics loadDiagnostics = new Diagnostics();
            Optional<QuarryConfig> config = ConfigLoader.load(project.resolve("quarry.yaml"), loadDiagnostics);
            if (config.isEmpty()) {
                continue;
            }
            String label = "try " + t + " (seed " + seed + "): " + what;
            long started = System.nanoTime();
            try {
                // a guard against a hang (an endless loop), not a timing assertion: a generation of
                // these small projects that is merely slow on a busy machine is far below it
                Quarry.Generation generation = assertTimeoutPreemptively(HANG, () -> Quarry.generate(config.get()),
                        label + ": hangs");
                DiagnosticRenderer.render(generation.diagnostics());
                if (generation.hasErrors()) {
                    errors++;
                    if (!generation.files().isEmpty()) {
                        failures.add(label + ": files beside errors");
                    }
                } else {
                    generated++;
                }
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                failures.add(label + ": " + e);
                if (failures.size() >= 20) {
                    break;
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 1000) {
                System.out.println("GeneratorFuzzTest: slow (" + millis + " ms) " + label);
            }
            deleteTree(project);
        }
        System.out.printf("GeneratorFuzzTest: seed %d, %d tries, %d with errors, %d generated%n",
                seed, tries, errors, generated);
        if (!failures.isEmpty()) {
            fail(failures.size() + " runs failed:\n" + String.join("\n", failures));
        }
        assertTrue(errors > 0 && generated > 0, "the mutations give both broken and valid inputs");
    }

    /** Golden folders with a quarry.yaml, in a stable order. */
    private static List<Path> corpus() throws IOException {
        try (Stream<Path> walk = Files.walk(GOLDEN, 3)) {
            return walk.filter(p -> Files.isRegularFile(p.resolve("quarry.yaml"))).sorted().toList();
        }
    }

    /** Copies a golden folder's inputs (not its expectations); returns its .sql files in order. */
    private static List<Path> copy(Path source, Path target) throws IOException {
        List<Path> sql = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = source.relativize(p).toString();
                if (rel.startsWith("expected")) {
                    continue;
                }
                Path copy = target.resolve(rel);
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
                if (rel.endsWith(".sql")) {
                    sql.add(copy);
                }
            }
        }
        return sql;
    }

    static String mutate(String text, Random random, StringBuilder what) {
        String[] tokens = text.split("(?<=\\s)|(?=\\s)|(?<=[(),;])|(?=[(),;])", -1);
        List<String> list = new ArrayList<>(Arrays.asList(tokens));
        int kind = random.nextInt(10);
        int at = list.isEmpty() ? 0 : random.nextInt(list.size());
        switch (kind) {
            case 0 -> {
                what.append(" delete-token ").append(at);
                if (!list.isEmpty()) {
                    list.remove(at);
                }
            }
            case 1 -> {
                what.append(" duplicate-token ").append(at);
                if (!list.isEmpty()) {
                    list.add(at, list.get(at));
                }
            }
            case 2 -> {
                String keyword = KEYWORDS[random.nextInt(KEYWORDS.length)];
                what.append(" insert ").append(escape(keyword)).append(" at ").append(at);
                list.add(at, " " + keyword + " ");
            }
            case 3 -> {
                int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
                what.append(" truncate at ").append(cut);
                return text.substring(0, cut);
            }
            case 4 -> {
                String[] lines = text.split("\n", -1);
                if (lines.length > 1) {
                    int a = random.nextInt(lines.length);
                    int b = random.nextInt(lines.length);
                    what.append(" swap lines ").append(a + 1).append(" ").append(b + 1);
                    String line = lines[a];
                    lines[a] = lines[b];
                    lines[b] = line;
                }
                return String.join("\n", lines);
            }
            case 5 -> {
                String u = UNICODE[random.nextInt(UNICODE.length)];
                what.append(" unicode ").append(escape(u)).append(" at ").append(at);
                list.add(at, u);
            }
            case 6 -> {
                int length = 1000 + random.nextInt(60_000);
                what.append(" huge identifier of ").append(length).append(" at ").append(at);
                list.add(at, " " + "a".repeat(length) + " ");
            }
            case 7 -> {
                what.append(" replace-token ").append(at);
                if (!list.isEmpty()) {
                    list.set(at, list.get(random.nextInt(list.size())));
                }
            }
            case 8 -> {
                int depth = 50 + random.nextInt(2000);
                what.append(" nesting ").append(depth).append(" at ").append(at);
                list.add(at, "(".repeat(depth) + "1" + ")".repeat(random.nextBoolean() ? depth : depth / 2));
            }
            default -> {
                what.append(" delete-span at ").append(at);
                int to = Math.min(list.size(), at + 1 + random.nextInt(20));
                list.subList(at, to).clear();
            }
        }
        return String.join("", list);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 32 || c > 126 ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package dev.quarry.core.golden;

import dev.quarry.core.AnalysisJson;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.emit.GeneratedFile;
import dev.quarry.core.emit.JavaTypeMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One golden folder under {@code src/test/golden/<engine>/<name>/}: a {@code quarry.yaml} with its
 * schema and query files, and what Quarry must make of them: an {@code expected/} tree of Java
 * files, an {@code expected-diagnostics.txt} (errors and warnings, rendered), and an
 * {@code expected-analysis.json} (the {@code analyze --json} output).
 */
record GoldenFolder(String engine, String name, Path dir) {
    static final Path ROOT = Path.of("src/test/golden");
    static final String EXPECTED_TREE = "expected";
    static final String EXPECTED_DIAGNOSTICS = "expected-diagnostics.txt";
    static final String EXPECTED_ANALYSIS = "expected-analysis.json";

    /** What a run of Quarry over the folder produced, in the same shape as the expectations. */
    record Outcome(Map<String, String> files, String diagnostics, Optional<String> analysis) {}

    static List<GoldenFolder> all() {
        List<GoldenFolder> folders = new ArrayList<>();
        try (Stream<Path> engines = Files.list(ROOT)) {
            for (Path engineDir : engines.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> dirs = Files.list(engineDir)) {
                    dirs.filter(Files::isDirectory).sorted().forEach(dir -> folders.add(
                            new GoldenFolder(engineDir.getFileName().toString(), dir.getFileName().toString(), dir)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (folders.isEmpty()) {
            throw new AssertionError("no golden folders under " + ROOT.toAbsolutePath());
        }
        return folders;
    }

    static List<GoldenFolder> of(String engine) {
        return all().stream().filter(f -> f.engine.equals(engine)).toList();
    }

    static GoldenFolder named(String engine, String name) {
        return all().stream().filter(f -> f.engine.equals(engine) && f.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no golden folder " + engine + "/" + name));
    }

    /** engine/name, as KNOWN-FAILURES.txt and test names show it. */
    String id() {
        return engine + "/" + name;
    }

    Path config() {
        return dir.resolve("quarry.yaml");
    }

    Optional<QuarryConfig> loadConfig(Diagnostics diagnostics) {
        return ConfigLoader.load(config(), diagnostics);
    }

    /** The config, for folders whose config is valid. */
    QuarryConfig configOrThrow() {
        Diagnostics diagnostics = new Diagnostics();
        return loadConfig(diagnostics).orElseThrow(() -> new AssertionError(
                id() + ": invalid config\n" + DiagnosticRenderer.render(diagnostics.sorted())));
    }

    Outcome run() {
        Diagnostics configDiagnostics = new Diagnostics();
        Optional<QuarryConfig> config = loadConfig(configDiagnostics);
        if (config.isEmpty()) {
            return new Outcome(Map.of(), DiagnosticRenderer.render(configDiagnostics.sorted()), Optional.empty());
        }
        Quarry.Generation generation = Quarry.generate(config.get());
        Map<String, String> files = new TreeMap<>();
        for (GeneratedFile file : generation.files()) {
            files.put(file.relativePath(), file.content());
        }
        Quarry.Analysis analysis = Quarry.analyze(config.get());
        Optional<String> json = analysis.ir().map(ir -> new AnalysisJson(JavaTypeMapper.forProject(ir)::displayName).render(ir));
        return new Outcome(files, DiagnosticRenderer.render(generation.diagnostics()), json);
    }

    /** The expected Java files by path relative to {@code expected/}. */
    Map<String, String> expectedFiles() {
        Map<String, String> files = new TreeMap<>();
        Path tree = dir.resolve(EXPECTED_TREE);
        if (!Files.isDirectory(tree)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(tree.relativize(file).toString().replace('\\', '/'), read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    List<GeneratedFile> expectedSources() {
        return expectedFiles().entrySet().stream().map(e -> new GeneratedFile(e.getKey(), e.getValue())).toList();
    }

    /** The expected rendered diagnostics; empty text when the folder expects none. */
    String expectedDiagnostics() {
        Path file = dir.resolve(EXPECTED_DIAGNOSTICS);
        return Files.exists(file) ? read(file) : "";
    }

    Optional<String> expectedAnalysis() {
        Path file = dir.resolve(EXPECTED_ANALYSIS);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Whether the folder expects a run without errors (warnings allowed). */
    boolean expectsSuccess() {
        return !expectedDiagnostics().lines().anyMatch(l -> l.contains(": error: ") || l.startsWith("error: "));
    }

    /** Rewrites the expectations with what Quarry produced now (the update switch). */
    void overwrite(Outcome outcome) {
        try {
            Path tree = dir.resolve(EXPECTED_TREE);
            if (Files.isDirectory(tree)) {
                try (Stream<Path> walk = Files.walk(tree)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> file : outcome.files().entrySet()) {
                Path target = tree.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            writeOrDelete(dir.resolve(EXPECTED_DIAGNOSTICS), outcome.diagnostics().isEmpty() ? null : outcome.diagnostics());
            writeOrDelete(dir.resolve(EXPECTED_ANALYSIS), outcome.analysis().orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeOrDelete(Path file, String text) throws IOException {
        if (text == null) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

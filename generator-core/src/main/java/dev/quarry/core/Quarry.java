package dev.quarry.core;

import dev.quarry.core.analyze.ProjectAnalyzer;
import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.catalog.CatalogBuilder;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.emit.GeneratedFile;
import dev.quarry.core.emit.JavaEmitter;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.source.SourceReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facade: what the CLI, the Maven plugin and tests call. Runs the whole pipeline and returns
 * values; writing to disk is {@link OutputWriter}'s job.
 */
public final class Quarry {

    private Quarry() {}

    /** The IR of a project, or empty when there were errors; diagnostics either way. */
    public record Analysis(Optional<ProjectIr> ir, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * The files to write (none when there were errors) and the diagnostics.
     *
     * @param queryCount how many queries were analyzed, for summaries; 0 when there were errors
     */
    public record Generation(List<GeneratedFile> files, List<Diagnostic> diagnostics, int queryCount) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public static Analysis analyze(QuarryConfig config) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<ProjectIr> ir = guarded(diagnostics, () -> analyze(config, diagnostics));
        return new Analysis(diagnostics.hasErrors() ? Optional.empty() : ir, diagnostics.sorted());
    }

    public static Generation generate(QuarryConfig config) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<ProjectIr> ir = guarded(diagnostics, () -> analyze(config, diagnostics));
        if (ir.isEmpty() || diagnostics.hasErrors()) {
            return new Generation(List.of(), diagnostics.sorted(), 0);
        }
        Optional<List<GeneratedFile>> files = guarded(diagnostics, () -> JavaEmitter.emit(ir.get(), diagnostics));
        if (files.isEmpty() || diagnostics.hasErrors()) {
            return new Generation(List.of(), diagnostics.sorted(), 0);
        }
        int queryCount = ir.get().queryFiles().stream().mapToInt(f -> f.queries().size()).sum();
        return new Generation(files.get(), diagnostics.sorted(), queryCount);
    }

    /**
     * Runs a stage (none when it gives null); an I/O failure becomes an error diagnostic (unreadable
     * input files are reported with their path before this), and so does a bug that escaped the
     * per-statement and per-query guards (never silently, never as an exception).
     */
    private static <T> Optional<T> guarded(Diagnostics diagnostics, java.util.function.Supplier<T> stage) {
        try {
            return Optional.ofNullable(stage.get());
        } catch (java.io.UncheckedIOException e) {
            diagnostics.error("source-unreadable", null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error("internal-error", null, "internal error: " + e,
                    "this is a bug in Quarry; please report it with the input");
        }
        return Optional.empty();
    }

    /** The project's IR; null when an input file cannot be read (each such file is reported, nothing analyzed). */
    private static @Nullable ProjectIr analyze(QuarryConfig config, Diagnostics diagnostics) {
        List<SourceReader.Unreadable> unreadable = new ArrayList<>();
        List<SchemaScript> schema = SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir(),
                unreadable::add);
        List<SourceFile> queryFiles = SourceDiscovery.discover(config.queries(), config.baseDir(), unreadable::add);
        if (!unreadable.isEmpty()) {
            // analysing the rest would report every table of an unreadable schema file as missing; a
            // file named both as schema and as queries is reported once
            Set<String> reported = new HashSet<>();
            unreadable.stream().filter(u -> reported.add(u.file().displayPath() + ":" + u.offset() + ":" + u.message()))
                    .forEach(u -> diagnostics.add(Diagnostic.unreadable("source-unreadable", u)));
            return null;
        }
        Catalog catalog = CatalogBuilder.buildScripts(config.engine(), config.searchPath(), schema, diagnostics);
        return ProjectAnalyzer.analyze(config, catalog, queryFiles, diagnostics).withJavaSettings(config.rename(), config.unsigned());
    }
}

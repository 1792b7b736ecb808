package dev.quarry.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the {@code .sql} files named by a config's paths: a file as itself, a folder as all
 * {@code .sql} files below it, in name order so that every run and every machine sees the same
 * order.
 */
public final class SourceDiscovery {

    private SourceDiscovery() {}

    /** The files; the first that cannot be read is thrown as an {@link UnreadableSourceException}. */
    public static List<SourceFile> discover(List<Path> paths, Path baseDir) {
        return discover(paths, baseDir, SourceDiscovery::fail);
    }

    /** The files that can be read; each one that cannot is passed to {@code unreadable} and left out. */
    public static List<SourceFile> discover(List<Path> paths, Path baseDir, Consumer<SourceReader.Unreadable> unreadable) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(sqlFiles(path, baseDir, unreadable));
            } else {
                files.add(path);
            }
        }
        List<SourceFile> result = new ArrayList<>();
        for (Path file : files) {
            read(file, baseDir, unreadable).ifPresent(result::add);
        }
        return result;
    }

    /**
     * The schema's files in the order they are applied, each with the parts to apply: a folder is
     * ordered by its migration format (as configured, or detected from its files), a file's
     * roll-back sections are left out.
     */
    public static List<SchemaScript> discoverSchema(List<SchemaLocation> locations, Path baseDir) {
        return discoverSchema(locations, baseDir, SourceDiscovery::fail);
    }

    /** As {@link #discoverSchema(List, Path)}, passing each file that cannot be read to {@code unreadable}. */
    public static List<SchemaScript> discoverSchema(List<SchemaLocation> locations, Path baseDir,
            Consumer<SourceReader.Unreadable> unreadable) {
        List<SchemaScript> scripts = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (SchemaLocation location : locations) {
            Path path = location.path();
            if (!Files.isDirectory(path)) {
                if (seen.add(path)) {
                    read(path, baseDir, unreadable).ifPresent(file -> {
                        MigrationFormat format = location.format()
                                .or(() -> MigrationSections.detect(file.text())).orElse(MigrationFormat.PLAIN);
                        scripts.add(MigrationSections.select(file, format));
                    });
                }
                continue;
            }
            List<Path> files = sqlFiles(path, baseDir, unreadable);
            Map<Path, Optional<SourceFile>> read = new HashMap<>();
            Function<Path, Optional<SourceFile>> reader = f -> read.computeIfAbsent(f, p -> read(p, baseDir, unreadable));
            MigrationFormat format = location.format()
                    .orElseGet(() -> MigrationOrder.detect(files, f -> reader.apply(f).map(SourceFile::text).orElse("")));
            for (Path file : MigrationOrder.order(files, format)) {
                if (seen.add(file)) {
                    reader.apply(file).ifPresent(source -> {
                        MigrationFormat sections = format == MigrationFormat.PLAIN
                                ? MigrationSections.detect(source.text()).orElse(format) : format;
                        scripts.add(MigrationSections.select(source, sections));
                    });
                }
            }
        }
        return scripts;
    }

    /** The {@code .sql} files below a folder, in name order (relative path, forward slashes). */
    private static List<Path> sqlFiles(Path dir, Path baseDir, Consumer<SourceReader.Unreadable> unreadable) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql"))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            Path where = cause instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : dir;
            unreadable.accept(SourceReader.unreadableFolder(where, displayPath(where, baseDir), cause));
            return List.of();
        }
    }

    /** A file's text, or empty after passing why it cannot be read to {@code unreadable}. */
    private static Optional<SourceFile> read(Path file, Path baseDir, Consumer<SourceReader.Unreadable> unreadable) {
        SourceReader.Result result = SourceReader.read(file, displayPath(file, baseDir));
        if (result instanceof SourceReader.Unreadable problem) {
            unreadable.accept(problem);
            return Optional.empty();
        }
        return Optional.of(((SourceReader.Text) result).file());
    }

    /** Reads one file; one that cannot be read is thrown as an {@link UnreadableSourceException}. */
    public static SourceFile read(Path file, Path baseDir) {
        return read(file, baseDir, SourceDiscovery::fail).orElseThrow();
    }

    private static void fail(SourceReader.Unreadable unreadable) {
        throw new UnreadableSourceException(unreadable);
    }

    /** Relative to the base folder with forward slashes; never an absolute machine path. */
    public static String displayPath(Path file, Path baseDir) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs.getFileName();
        return shown.toString().replace('\\', '/');
    }
}

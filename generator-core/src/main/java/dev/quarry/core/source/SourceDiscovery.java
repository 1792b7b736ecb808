package dev.quarry.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public static List<SourceFile> discover(List<Path> paths, Path baseDir) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(sqlFiles(path));
            } else {
                files.add(path);
            }
        }
        List<SourceFile> result = new ArrayList<>();
        for (Path file : files) {
            result.add(read(file, baseDir));
        }
        return result;
    }

    /**
     * The schema's files in the order they are applied, each with the parts to apply: a folder is
     * ordered by its migration format (as configured, or detected from its files), a file's
     * roll-back sections are left out.
     */
    public static List<SchemaScript> discoverSchema(List<SchemaLocation> locations, Path baseDir) {
        List<SchemaScript> scripts = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (SchemaLocation location : locations) {
            Path path = location.path();
            if (!Files.isDirectory(path)) {
                if (seen.add(path)) {
                    SourceFile file = read(path, baseDir);
                    MigrationFormat format = location.format()
                            .or(() -> MigrationSections.detect(file.text())).orElse(MigrationFormat.PLAIN);
                    scripts.add(MigrationSections.select(file, format));
                }
                continue;
            }
            List<Path> files = sqlFiles(path);
            Map<Path, SourceFile> read = new HashMap<>();
            Function<Path, SourceFile> reader = f -> read.computeIfAbsent(f, p -> read(p, baseDir));
            MigrationFormat format = location.format()
                    .orElseGet(() -> MigrationOrder.detect(files, f -> reader.apply(f).text()));
            for (Path file : MigrationOrder.order(files, format)) {
                if (seen.add(file)) {
                    SourceFile source = reader.apply(file);
                    MigrationFormat sections = format == MigrationFormat.PLAIN
                            ? MigrationSections.detect(source.text()).orElse(format) : format;
                    scripts.add(MigrationSections.select(source, sections));
                }
            }
        }
        return scripts;
    }

    /** The {@code .sql} files below a folder, in name order (relative path, forward slashes). */
    private static List<Path> sqlFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql"))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceFile read(Path file, Path baseDir) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return SourceFile.of(file, displayPath(file, baseDir), text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UncheckedIOException("cannot read " + displayPath(file, baseDir) + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayPath(file, baseDir) + ": " + e, e);
        }
    }

    /** Relative to the base folder with forward slashes; never an absolute machine path. */
    public static String displayPath(Path file, Path baseDir) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs.getFileName();
        return shown.toString().replace('\\', '/');
    }
}

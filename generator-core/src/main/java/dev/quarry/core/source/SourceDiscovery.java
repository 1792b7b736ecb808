package dev.quarry.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql"))
                            .sorted(Comparator.comparing(p -> path.relativize(p).toString().replace('\\', '/')))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
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

    public static SourceFile read(Path file, Path baseDir) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return SourceFile.of(file, displayPath(file, baseDir), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

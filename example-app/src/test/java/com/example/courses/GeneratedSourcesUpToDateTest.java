package com.example.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.Quarry;
import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checked-in {@code src/main/generated} is exactly what Quarry generates from this module's
 * {@code quarry.yaml} now: a SQL change without a regeneration fails here (run {@code mvn
 * generate-sources} and commit the result).
 */
class GeneratedSourcesUpToDateTest {

    @Test
    void checkedInSourcesAreWhatQuarryGenerates() throws IOException {
        Diagnostics configDiagnostics = new Diagnostics();
        QuarryConfig config = ConfigLoader.load(Path.of("quarry.yaml"), configDiagnostics).orElseThrow();
        assertEquals(List.of(), configDiagnostics.sorted());

        Quarry.Generation generation = Quarry.generate(config);
        // not even warnings: the example shows SQL that analyzes cleanly
        assertEquals(List.of(), generation.diagnostics());

        Map<String, String> expected = generation.files().stream()
                .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content, (a, b) -> a, TreeMap::new));
        assertEquals(expected, javaFilesIn(config.outputDir()));
    }

    private static Map<String, String> javaFilesIn(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}

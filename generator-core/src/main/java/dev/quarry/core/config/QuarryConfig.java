package dev.quarry.core.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What one generation run needs to know. Paths are absolute; {@code baseDir} is the folder
 * relative to which input files are displayed in diagnostics and generated Javadoc.
 */
public record QuarryConfig(
        Path baseDir,
        Engine engine,
        List<Path> schema,
        List<Path> queries,
        String javaPackage,
        Path outputDir) {

    public QuarryConfig {
        schema = List.copyOf(schema);
        queries = List.copyOf(queries);
    }
}

package dev.quarry.core.config;

import dev.quarry.core.source.SchemaLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one generation run needs to know. Paths are absolute; {@code baseDir} is the folder
 * relative to which input files are displayed in diagnostics and generated Javadoc.
 *
 * @param schemaLocations schema files and folders, each with its migration format if configured
 * @param searchPath the schemas unqualified names resolve in, in order; empty for the engine's
 *     default schema. Unqualified tables are created in the first.
 * @param rename Java names for SQL names (sqlc's {@code rename}): a column or parameter name to the
 *     name its record component or method parameter is made from; a table's singular name
 *     ({@code author} for {@code authors}) or an enum type's name to the name of its Java type
 * @param unsigned the Java types of MySQL's unsigned integers
 */
public record QuarryConfig(
        Path baseDir,
        Engine engine,
        List<SchemaLocation> schemaLocations,
        List<Path> queries,
        String javaPackage,
        Path outputDir,
        List<String> searchPath,
        Map<String, String> rename,
        List<TypeOverride> overrides,
        UnsignedMapping unsigned) {

    public QuarryConfig {
        schemaLocations = List.copyOf(schemaLocations);
        queries = List.copyOf(queries);
        searchPath = List.copyOf(searchPath);
        rename = Map.copyOf(rename);
        overrides = List.copyOf(overrides);
    }

    /** A config with jOOQ's unsigned types. */
    public QuarryConfig(Path baseDir, Engine engine, List<SchemaLocation> schemaLocations, List<Path> queries,
            String javaPackage, Path outputDir, List<String> searchPath, Map<String, String> rename,
            List<TypeOverride> overrides) {
        this(baseDir, engine, schemaLocations, queries, javaPackage, outputDir, searchPath, rename, overrides,
                UnsignedMapping.JOOQ);
    }

    /** A config without type overrides. */
    public QuarryConfig(Path baseDir, Engine engine, List<SchemaLocation> schemaLocations, List<Path> queries,
            String javaPackage, Path outputDir, List<String> searchPath, Map<String, String> rename) {
        this(baseDir, engine, schemaLocations, queries, javaPackage, outputDir, searchPath, rename, List.of());
    }

    public QuarryConfig(Path baseDir, Engine engine, List<Path> schema, List<Path> queries, String javaPackage,
            Path outputDir) {
        this(baseDir, engine, schema.stream().map(SchemaLocation::of).toList(), queries, javaPackage, outputDir,
                List.of(), Map.of());
    }

    /** The schema files and folders. */
    public List<Path> schema() {
        return schemaLocations.stream().map(SchemaLocation::path).toList();
    }
}

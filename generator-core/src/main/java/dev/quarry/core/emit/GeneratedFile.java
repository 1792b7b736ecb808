package dev.quarry.core.emit;

/**
 * A generated source file as a value; only the writer touches the disk.
 *
 * @param relativePath path below the output folder, with forward slashes
 *     ({@code com/example/db/UsersQueries.java})
 */
public record GeneratedFile(String relativePath, String content) {}

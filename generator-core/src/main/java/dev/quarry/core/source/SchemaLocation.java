package dev.quarry.core.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A schema file or folder of a config, with the migration format it was declared with, if any;
 * without one, a folder's format is detected from its files.
 */
public record SchemaLocation(Path path, Optional<MigrationFormat> format) {

    public static SchemaLocation of(Path path) {
        return new SchemaLocation(path, Optional.empty());
    }
}

package dev.quarry.core.config;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Settings given outside the config file (command-line options, plugin parameters); each wins over
 * the file's value when present.
 *
 * @param javaPackage the Java package ({@code --package})
 * @param outputDir the output folder ({@code --out}), absolute or relative to the working directory
 * @param entry which entry of a sqlc config to generate ({@code --entry}): its index from 0 or its
 *     name
 */
public record ConfigOverrides(@Nullable String javaPackage, @Nullable Path outputDir, @Nullable String entry) {
    public static final ConfigOverrides NONE = new ConfigOverrides(null, null, null);
}

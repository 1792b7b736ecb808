package dev.quarry.cli;

import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.ConfigOverrides;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code -c} option every command shares, the Java settings that override the file's, and
 * loading the file it names (a {@code quarry.yaml}, or a {@code sqlc.yaml}/{@code sqlc.yml}/
 * {@code sqlc.json}).
 */
final class ConfigOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "quarry.yaml",
            description = "The configuration file (default: ${DEFAULT-VALUE}).")
    Path path;

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "The Java package of the generated code (overrides java.package).")
    String javaPackage;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder to generate into (overrides java.out).")
    Path out;

    @Option(names = "--entry", paramLabel = "INDEX|NAME",
            description = "Of a sqlc config with several sql/packages entries: the one to use, by index from 0 or by name.")
    String entry;

    /** The loaded config; on errors they are printed to {@code err} and the result is empty. */
    Optional<QuarryConfig> load(PrintWriter err) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<QuarryConfig> config = ConfigLoader.load(configPath(), overrides(), diagnostics);
        err.print(DiagnosticRenderer.render(diagnostics.sorted()));
        err.flush();
        // any error counts, also one the loader reported while still returning a config
        return diagnostics.hasErrors() ? Optional.empty() : config;
    }

    /** Every config the file describes (several for a sqlc config generating each entry); empty on errors. */
    List<QuarryConfig> loadAll(PrintWriter err) {
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = ConfigLoader.loadAll(configPath(), overrides(), diagnostics);
        err.print(DiagnosticRenderer.render(diagnostics.sorted()));
        err.flush();
        return diagnostics.hasErrors() ? List.of() : configs;
    }

    private ConfigOverrides overrides() {
        return new ConfigOverrides(javaPackage, out, entry);
    }

    /** Without -c and without a quarry.yaml, a sqlc project's config is used as it is. */
    private Path configPath() {
        if (path.equals(Path.of("quarry.yaml")) && !Files.exists(path)) {
            for (String sqlc : List.of("sqlc.yaml", "sqlc.yml", "sqlc.json")) {
                if (Files.exists(Path.of(sqlc))) {
                    return Path.of(sqlc);
                }
            }
        }
        return path;
    }
}

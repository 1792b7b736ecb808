package dev.quarry.cli;

import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code -c} option every command shares, and loading the file it names. */
final class ConfigOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "quarry.yaml",
            description = "The configuration file (default: ${DEFAULT-VALUE}).")
    Path path;

    /** The loaded config; on errors they are printed to {@code err} and the result is empty. */
    Optional<QuarryConfig> load(PrintWriter err) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<QuarryConfig> config = ConfigLoader.load(path, diagnostics);
        err.print(DiagnosticRenderer.render(diagnostics.sorted()));
        err.flush();
        // any error counts, also one the loader reported while still returning a config
        return diagnostics.hasErrors() ? Optional.empty() : config;
    }
}

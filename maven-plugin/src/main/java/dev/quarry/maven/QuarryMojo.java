package dev.quarry.maven;

import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.ConfigOverrides;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.Diagnostics;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every Quarry goal shares: the project, the config file, and diagnostics in the log. */
abstract class QuarryMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The Quarry configuration file; paths in it are relative to its folder. */
    @Parameter(property = "quarry.configFile", defaultValue = "${project.basedir}/quarry.yaml")
    File configFile;

    /** The Java package; overrides the config's (for a sqlc.yaml without a java block). */
    @Parameter(property = "quarry.javaPackage")
    String javaPackage;

    /** The output folder; overrides the config's java.out. */
    @Parameter(property = "quarry.outputDirectory")
    File outputDirectory;

    /**
     * Of a sqlc config with several entries: the one to use, by index from 0 or name. Without it,
     * generate and check take every entry when each has its own java block; verify needs one.
     */
    @Parameter(property = "quarry.entry")
    String entry;

    /** The config, or empty after logging its errors. */
    Optional<QuarryConfig> loadConfig(Diagnostics diagnostics) {
        Optional<QuarryConfig> loaded = ConfigLoader.load(configFile.toPath(), overrides(), diagnostics);
        // any error counts, also one the loader reported while still returning a config
        return diagnostics.hasErrors() ? Optional.empty() : loaded;
    }

    /**
     * Every config the file describes: one, or each entry of a sqlc config that generates them all
     * (each with its own java block); empty after logging errors.
     */
    List<QuarryConfig> loadConfigs(Diagnostics diagnostics) {
        List<QuarryConfig> loaded = ConfigLoader.loadAll(configFile.toPath(), overrides(), diagnostics);
        return diagnostics.hasErrors() ? List.of() : loaded;
    }

    List<QuarryConfig> loadConfigsOrFail() throws MojoFailureException {
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadConfigs(diagnostics);
        if (configs.isEmpty()) {
            fail(diagnostics.sorted());
        }
        log(diagnostics.sorted());
        return configs;
    }

    private ConfigOverrides overrides() {
        return new ConfigOverrides(javaPackage, outputDirectory == null ? null : outputDirectory.toPath(), entry);
    }

    QuarryConfig loadConfigOrFail() throws MojoFailureException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<QuarryConfig> config = loadConfig(diagnostics);
        if (config.isEmpty()) {
            fail(diagnostics.sorted());
        }
        log(diagnostics.sorted());
        return config.get();
    }

    void fail(List<Diagnostic> diagnostics) throws MojoFailureException {
        log(diagnostics);
        throw new MojoFailureException(DiagnosticLogFormat.failureSummary(diagnostics));
    }

    void log(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                getLog().error(DiagnosticLogFormat.format(d));
            } else {
                getLog().warn(DiagnosticLogFormat.format(d));
            }
        }
    }

    /** How to run the generate goal for this config, for messages. */
    String generateCommand() {
        File defaultConfig = new File(project.getBasedir() == null ? new File(".") : project.getBasedir(), "quarry.yaml");
        boolean isDefault = configFile.getAbsoluteFile().toPath().normalize()
                .equals(defaultConfig.getAbsoluteFile().toPath().normalize());
        return "mvn quarry:generate" + (isDefault ? "" : " -Dquarry.configFile=" + configFile);
    }
}

package dev.quarry.maven;

import dev.quarry.core.OutputWriter;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.Diagnostics;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from the schema and queries named in {@code quarry.yaml} into its
 * {@code java.out} folder, and adds that folder to the compile sources. Only changed files are
 * written, so an unchanged build recompiles nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The Quarry configuration file; paths in it are relative to its folder. */
    @Parameter(property = "quarry.configFile", defaultValue = "${project.basedir}/quarry.yaml")
    File configFile;

    /** Skips generation; an existing output folder is still added to the compile sources. */
    @Parameter(property = "quarry.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Diagnostics configDiagnostics = new Diagnostics();
        Optional<QuarryConfig> loaded = ConfigLoader.load(configFile.toPath(), configDiagnostics);
        // any error counts, also one the loader reported while still returning a config
        Optional<QuarryConfig> config = configDiagnostics.hasErrors() ? Optional.empty() : loaded;
        // registered first and always: a skipped or unchanged run must still compile the sources
        config.ifPresent(c -> project.addCompileSourceRoot(c.outputDir().toString()));
        if (skip) {
            getLog().info("Quarry: skipped (quarry.skip)");
            return;
        }
        if (config.isEmpty()) {
            fail(configDiagnostics.sorted());
        }
        Quarry.Generation generation = Quarry.generate(config.get());
        log(generation.diagnostics());
        if (generation.hasErrors()) {
            throw new MojoFailureException(DiagnosticLogFormat.failureSummary(generation.diagnostics()));
        }
        OutputWriter.WriteResult result;
        try {
            result = OutputWriter.write(generation, config.get().outputDir());
        } catch (IOException e) {
            throw new MojoExecutionException("Quarry: cannot write into " + config.get().outputDir() + ": " + e, e);
        }
        getLog().info(String.format("Quarry: %d written, %d unchanged, %d removed (%d queries) in %s",
                result.written().size(), result.unchanged().size(), result.removed().size(),
                generation.queryCount(), config.get().outputDir()));
    }

    private void fail(List<Diagnostic> diagnostics) throws MojoFailureException {
        log(diagnostics);
        throw new MojoFailureException(DiagnosticLogFormat.failureSummary(diagnostics));
    }

    private void log(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                getLog().error(DiagnosticLogFormat.format(d));
            } else {
                getLog().warn(DiagnosticLogFormat.format(d));
            }
        }
    }
}

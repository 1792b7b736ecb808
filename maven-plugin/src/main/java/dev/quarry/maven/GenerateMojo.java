package dev.quarry.maven;

import dev.quarry.core.GenerationStamp;
import dev.quarry.core.InputFingerprint;
import dev.quarry.core.OutputWriter;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostics;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Java sources from the schema and queries named in {@code quarry.yaml} into its
 * {@code java.out} folder, and adds that folder to the compile sources. When a content hash of the
 * inputs, the configuration and the generator is what it was at the last successful run, and the
 * generated files are as that run left them, nothing is done; otherwise only changed files are
 * written, so an unchanged build recompiles nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends QuarryMojo {

    /** Skips generation; an existing output folder is still added to the compile sources. */
    @Parameter(property = "quarry.skip", defaultValue = "false")
    boolean skip;

    /** Generates even when the inputs are unchanged since the last run. */
    @Parameter(property = "quarry.force", defaultValue = "false")
    boolean force;

    /** Where the build keeps the inputs' hash of the last successful run (not in the output folder). */
    @Parameter(defaultValue = "${project.build.directory}/quarry", readonly = true)
    File stateDirectory;

    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    String executionId;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Diagnostics configDiagnostics = new Diagnostics();
        Optional<QuarryConfig> config = loadConfig(configDiagnostics);
        // registered first and always: a skipped or unchanged run must still compile the sources
        config.ifPresent(c -> project.addCompileSourceRoot(c.outputDir().toString()));
        if (skip) {
            getLog().info("Quarry: skipped (quarry.skip)");
            return;
        }
        if (config.isEmpty()) {
            fail(configDiagnostics.sorted());
        }
        long started = System.nanoTime();
        Path stamp = stampFile();
        String fingerprint = fingerprint(config.get());
        try {
            if (stamp != null && fingerprint != null && !force
                    && GenerationStamp.isCurrent(stamp, fingerprint, config.get().outputDir())) {
                getLog().info("Quarry: inputs unchanged since the last generation, nothing to do (-Dquarry.force to regenerate)");
                return;
            }
        } catch (IOException e) {
            getLog().debug("Quarry: cannot read the last run's state, generating: " + e);
        }
        generate(config.get(), stamp, fingerprint, started);
    }

    private void generate(QuarryConfig config, Path stamp, String fingerprint, long started)
            throws MojoExecutionException, MojoFailureException {
        Quarry.Generation generation = Quarry.generate(config);
        log(generation.diagnostics());
        if (generation.hasErrors()) {
            throw new MojoFailureException(DiagnosticLogFormat.failureSummary(generation.diagnostics()));
        }
        OutputWriter.WriteResult result;
        try {
            result = OutputWriter.write(generation, config.outputDir());
            if (stamp != null && fingerprint != null) {
                GenerationStamp.write(stamp, fingerprint, config.outputDir());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Quarry: cannot write into " + config.outputDir() + ": " + e, e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        getLog().info(String.format("Quarry: %d written, %d unchanged, %d removed (%d queries) in %s, %d ms",
                result.written().size(), result.unchanged().size(), result.removed().size(),
                generation.queryCount(), config.outputDir(), millis));
    }

    /** The inputs' hash; null when an input cannot be read, which the generation then reports. */
    private static String fingerprint(QuarryConfig config) {
        try {
            return InputFingerprint.of(config);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** One stamp per execution; none when the mojo runs outside a build (tests). */
    private Path stampFile() {
        if (stateDirectory == null) {
            return null;
        }
        String id = executionId == null ? "default" : executionId.replaceAll("[^A-Za-z0-9._-]", "_");
        return stateDirectory.toPath().resolve("generate-" + id + ".sha256");
    }
}

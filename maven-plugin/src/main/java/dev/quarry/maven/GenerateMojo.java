package dev.quarry.maven;

import dev.quarry.core.GenerationStamp;
import dev.quarry.core.InputFingerprint;
import dev.quarry.core.OutputWriter;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.Diagnostics;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Java sources from the schema and queries named in {@code quarry.yaml} into its
 * {@code java.out} folder, and adds that folder to the compile sources. A sqlc config whose
 * entries each have their own {@code java} block generates every entry, each into its own folder,
 * as {@code quarry generate} does; nothing is written when any entry has an error. When a content
 * hash of an entry's inputs, configuration and generator is what it was at the last successful
 * run, and its generated files are as that run left them, that entry is left alone; otherwise only
 * changed files are written, so an unchanged build recompiles nothing.
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

    /** One config to generate, with where its last run's hash is kept and its inputs' hash now. */
    private record Target(QuarryConfig config, Path stamp, String fingerprint) {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Diagnostics configDiagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadConfigs(configDiagnostics);
        // registered first and always: a skipped or unchanged run must still compile the sources
        configs.forEach(c -> project.addCompileSourceRoot(c.outputDir().toString()));
        if (skip) {
            getLog().info("Quarry: skipped (quarry.skip)");
            return;
        }
        if (configs.isEmpty()) {
            fail(configDiagnostics.sorted());
        }
        log(configDiagnostics.sorted());
        long started = System.nanoTime();
        List<Target> stale = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            Target target = new Target(configs.get(i), stampFile(configs.size() == 1 ? -1 : i), fingerprint(configs.get(i)));
            if (!isCurrent(target)) {
                stale.add(target);
            }
        }
        if (stale.isEmpty()) {
            getLog().info("Quarry: inputs unchanged since the last generation, nothing to do (-Dquarry.force to regenerate)");
            return;
        }
        generate(stale, configs.size() > 1, started);
    }

    private boolean isCurrent(Target target) {
        if (force || target.stamp() == null || target.fingerprint() == null) {
            return false;
        }
        try {
            return GenerationStamp.isCurrent(target.stamp(), target.fingerprint(), target.config().outputDir());
        } catch (IOException e) {
            getLog().debug("Quarry: cannot read the last run's state, generating: " + e);
            return false;
        }
    }

    /** Generates every target; writes only when none has an error. */
    private void generate(List<Target> targets, boolean several, long started)
            throws MojoExecutionException, MojoFailureException {
        List<Quarry.Generation> generations = new ArrayList<>();
        List<Diagnostic> all = new ArrayList<>();
        for (Target target : targets) {
            Quarry.Generation generation = Quarry.generate(target.config());
            log(generation.diagnostics());
            all.addAll(generation.diagnostics());
            generations.add(generation);
        }
        if (all.stream().anyMatch(Diagnostic::isError)) {
            throw new MojoFailureException(DiagnosticLogFormat.failureSummary(all));
        }
        for (int i = 0; i < targets.size(); i++) {
            write(targets.get(i), generations.get(i), several, started);
        }
    }

    private void write(Target target, Quarry.Generation generation, boolean several, long started)
            throws MojoExecutionException {
        QuarryConfig config = target.config();
        OutputWriter.WriteResult result;
        try {
            result = OutputWriter.write(generation, config.outputDir());
            if (target.stamp() != null && target.fingerprint() != null) {
                GenerationStamp.write(target.stamp(), target.fingerprint(), config.outputDir());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Quarry: cannot write into " + config.outputDir() + ": " + e, e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        getLog().info(String.format("Quarry: %s%d written, %d unchanged, %d removed (%d queries) in %s, %d ms",
                several ? config.javaPackage() + ": " : "", result.written().size(), result.unchanged().size(),
                result.removed().size(), generation.queryCount(), config.outputDir(), millis));
    }

    /** The inputs' hash; null when an input cannot be read, which the generation then reports. */
    private static String fingerprint(QuarryConfig config) {
        try {
            return InputFingerprint.of(config);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** One stamp per execution and entry ({@code entry} -1: the only one); none outside a build (tests). */
    private Path stampFile(int entry) {
        if (stateDirectory == null) {
            return null;
        }
        String id = executionId == null ? "default" : executionId.replaceAll("[^A-Za-z0-9._-]", "_");
        return stateDirectory.toPath().resolve("generate-" + id + (entry < 0 ? "" : "-" + entry) + ".sha256");
    }
}

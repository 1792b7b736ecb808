package dev.quarry.maven;

import dev.quarry.core.OutputCheck;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * For generated sources that are checked in: fails the build when the {@code java.out} folder is
 * not exactly what {@code generate} would write now, listing the files that would be added,
 * changed or removed with a short diff, and naming the command that refreshes them. Writes
 * nothing. Also adds the folder to the compile sources, so a project can run {@code check}
 * instead of {@code generate} in its build and regenerate by hand. A sqlc config's entries are all
 * checked, as {@code generate} writes them all.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class CheckMojo extends QuarryMojo {

    /** Skips the check; the folder is still added to the compile sources. */
    @Parameter(property = "quarry.check.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<QuarryConfig> configs = loadConfigsOrFail();
        configs.forEach(c -> project.addCompileSourceRoot(c.outputDir().toString()));
        if (skip) {
            getLog().info("Quarry: check skipped (quarry.check.skip)");
            return;
        }
        List<String> stale = new ArrayList<>();
        for (QuarryConfig config : configs) {
            check(config).ifPresent(stale::add);
        }
        if (!stale.isEmpty()) {
            throw new MojoFailureException(String.join("; ", stale));
        }
    }

    /** Checks one config's folder; the failure message when it is out of date. */
    private Optional<String> check(QuarryConfig config) throws MojoExecutionException, MojoFailureException {
        Quarry.Generation generation = Quarry.generate(config);
        log(generation.diagnostics());
        if (generation.hasErrors()) {
            throw new MojoFailureException(DiagnosticLogFormat.failureSummary(generation.diagnostics()));
        }
        OutputCheck.Result result;
        try {
            result = OutputCheck.check(generation, config.outputDir());
        } catch (IOException e) {
            throw new MojoExecutionException("Quarry: cannot read " + config.outputDir() + ": " + e, e);
        }
        if (result.upToDate()) {
            getLog().info(String.format("Quarry: %s is up to date (%d files, %d queries)",
                    config.outputDir(), generation.files().size(), generation.queryCount()));
            return Optional.empty();
        }
        String report = OutputCheck.render(result, config.outputDir().toString(), "'" + generateCommand() + "'");
        getLog().error("Quarry: " + report.stripTrailing());
        return Optional.of("Quarry: " + result.drift().size() + " generated "
                + (result.drift().size() == 1 ? "file is" : "files are") + " out of date in " + config.outputDir()
                + "; run '" + generateCommand() + "' and commit the result");
    }
}

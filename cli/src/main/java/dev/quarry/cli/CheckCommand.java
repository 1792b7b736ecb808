package dev.quarry.cli;

import dev.quarry.core.OutputCheck;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.source.SourceDiscovery;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = QuarryVersion.class,
        description = "Checks that the java.out folder holds exactly what generate would write now, without writing; "
                + "lists the files to add, change or remove with a short diff. Exit code 1 when they differ.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // a sqlc config may generate several entries (each its own java block): all are checked
        List<QuarryConfig> loaded = config.loadAll(err);
        if (loaded.isEmpty()) {
            return QuarryCli.INPUT_ERRORS;
        }
        int result = QuarryCli.OK;
        for (QuarryConfig entry : loaded) {
            String name = loaded.size() == 1 ? "" : entry.javaPackage() + ": ";
            result = Math.max(result, check(entry, name, err));
        }
        return result;
    }

    private int check(QuarryConfig entry, String name, PrintWriter err) throws IOException {
        long started = System.nanoTime();
        Quarry.Generation generation = Quarry.generate(entry);
        err.print(DiagnosticRenderer.render(generation.diagnostics()));
        if (generation.hasErrors()) {
            long errors = generation.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("quarry: " + name + errors + (errors == 1 ? " error" : " errors") + "; nothing checked");
            return QuarryCli.INPUT_ERRORS;
        }
        OutputCheck.Result result = OutputCheck.check(generation, entry.outputDir());
        String folder = SourceDiscovery.displayPath(entry.outputDir(), entry.baseDir());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (result.upToDate()) {
            err.printf("quarry: %s%s is up to date (%d files, %d queries) in %d ms%n",
                    name, folder, generation.files().size(), generation.queryCount(), millis);
            return QuarryCli.OK;
        }
        err.print(OutputCheck.render(result, folder, "'quarry generate -c " + config.path + "'"));
        err.printf("quarry: %s%d %s out of date (%d generated, %d queries) in %d ms%n", name, result.drift().size(),
                result.drift().size() == 1 ? "file" : "files", generation.files().size(), generation.queryCount(), millis);
        return QuarryCli.INPUT_ERRORS;
    }
}

package dev.quarry.cli;

import dev.quarry.core.OutputWriter;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.DiagnosticRenderer;
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
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = QuarryVersion.class,
        description = "Generates the Java sources into the configured java.out folder; "
                + "writes only files that changed and removes files it generated before that are no longer generated.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        List<QuarryConfig> loaded = config.loadAll(err);
        if (loaded.isEmpty()) {
            return QuarryCli.INPUT_ERRORS;
        }
        // a sqlc config may generate several entries; all are checked before any is written
        List<Quarry.Generation> generations = loaded.stream().map(Quarry::generate).toList();
        long errors = 0;
        for (Quarry.Generation generation : generations) {
            err.print(DiagnosticRenderer.render(generation.diagnostics()));
            errors += generation.diagnostics().stream().filter(Diagnostic::isError).count();
        }
        if (errors > 0) {
            err.println("quarry: " + errors + (errors == 1 ? " error" : " errors") + "; nothing written");
            return QuarryCli.INPUT_ERRORS;
        }
        for (int i = 0; i < loaded.size(); i++) {
            Quarry.Generation generation = generations.get(i);
            OutputWriter.WriteResult result = OutputWriter.write(generation, loaded.get(i).outputDir());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            err.printf("quarry: %s%d written, %d unchanged, %d removed (%d queries) in %d ms%n",
                    loaded.size() == 1 ? "" : loaded.get(i).javaPackage() + ": ",
                    result.written().size(), result.unchanged().size(), result.removed().size(),
                    generation.queryCount(), millis);
        }
        return QuarryCli.OK;
    }
}

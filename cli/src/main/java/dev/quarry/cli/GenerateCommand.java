package dev.quarry.cli;

import dev.quarry.core.OutputWriter;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
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
        Optional<QuarryConfig> loaded = config.load(err);
        if (loaded.isEmpty()) {
            return QuarryCli.INPUT_ERRORS;
        }
        Quarry.Generation generation = Quarry.generate(loaded.get());
        err.print(DiagnosticRenderer.render(generation.diagnostics()));
        if (generation.hasErrors()) {
            long errors = generation.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("quarry: " + errors + (errors == 1 ? " error" : " errors") + "; nothing written");
            return QuarryCli.INPUT_ERRORS;
        }
        OutputWriter.WriteResult result = OutputWriter.write(generation, loaded.get().outputDir());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        err.printf("quarry: %d written, %d unchanged, %d removed (%d queries) in %d ms%n",
                result.written().size(), result.unchanged().size(), result.removed().size(),
                generation.queryCount(), millis);
        return QuarryCli.OK;
    }
}

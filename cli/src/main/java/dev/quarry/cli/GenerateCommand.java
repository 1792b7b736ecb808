package dev.quarry.cli;

import dev.quarry.core.OutputWriter;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = QuarryVersion.class,
        description = "Generates the Java sources into the configured java.out folder; "
                + "writes only files that changed and removes files it generated before that are no longer generated. "
                + "Does nothing when the inputs, the configuration, the generator and the generated files are as the "
                + "last generation left them (recorded in " + LastGeneration.FOLDER + "/ beside the config file).")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--force", description = "Generates even when nothing changed since the last generation.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        List<QuarryConfig> loaded = config.loadAll(err);
        if (loaded.isEmpty()) {
            return QuarryCli.INPUT_ERRORS;
        }
        List<LastGeneration> last = loaded.stream().map(LastGeneration::of).toList();
        // a sqlc config may generate several entries; all are checked before any is written
        List<Optional<Quarry.Generation>> generations = new ArrayList<>();
        long errors = 0;
        for (int i = 0; i < loaded.size(); i++) {
            boolean skip = !force && last.get(i).unchanged();
            Optional<Quarry.Generation> generation = skip ? Optional.empty() : Optional.of(Quarry.generate(loaded.get(i)));
            generations.add(generation);
            for (Diagnostic d : generation.map(Quarry.Generation::diagnostics).orElse(List.of())) {
                err.print(DiagnosticRenderer.render(d));
                errors += d.isError() ? 1 : 0;
            }
        }
        if (errors > 0) {
            err.println("quarry: " + errors + (errors == 1 ? " error" : " errors") + "; nothing written");
            return QuarryCli.INPUT_ERRORS;
        }
        for (int i = 0; i < loaded.size(); i++) {
            String entry = loaded.size() == 1 ? "" : loaded.get(i).javaPackage() + ": ";
            if (generations.get(i).isEmpty()) {
                err.printf("quarry: %sinputs unchanged since the last generation, nothing to do (--force to regenerate)"
                        + " in %d ms%n", entry, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                continue;
            }
            Quarry.Generation generation = generations.get(i).get();
            OutputWriter.WriteResult result = OutputWriter.write(generation, loaded.get(i).outputDir());
            last.get(i).record(err);
            err.printf("quarry: %s%d written, %d unchanged, %d removed (%d queries) in %d ms%n", entry,
                    result.written().size(), result.unchanged().size(), result.removed().size(),
                    generation.queryCount(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return QuarryCli.OK;
    }
}

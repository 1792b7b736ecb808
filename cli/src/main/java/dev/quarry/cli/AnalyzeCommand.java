package dev.quarry.cli;

import dev.quarry.core.AnalysisJson;
import dev.quarry.core.emit.JavaTypeMapper;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = QuarryVersion.class,
        description = "Analyzes the schema and queries without writing anything; "
                + "prints the queries found, or with --json the whole analysis.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--json", description = "Print the analysis (queries, tables, enums) as JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<QuarryConfig> loaded = config.load(err);
        if (loaded.isEmpty()) {
            return QuarryCli.INPUT_ERRORS;
        }
        Quarry.Analysis analysis = Quarry.analyze(loaded.get());
        err.print(DiagnosticRenderer.render(analysis.diagnostics()));
        err.flush();
        if (analysis.hasErrors() || analysis.ir().isEmpty()) {
            return QuarryCli.INPUT_ERRORS;
        }
        ProjectIr ir = analysis.ir().get();
        if (json) {
            out.print(new AnalysisJson(JavaTypeMapper.forProject(ir)::displayName).render(ir));
        } else {
            printSummary(ir, out);
        }
        out.flush();
        return QuarryCli.OK;
    }

    private static void printSummary(ProjectIr ir, PrintWriter out) {
        for (QueryFileIr file : ir.queryFiles()) {
            for (QueryIr query : file.queries()) {
                out.printf("%s:%d: %s %s (%d params, %d columns)%n", query.file(), query.line(), query.name(),
                        query.kind().annotation(), query.params().size(), query.columns().size());
            }
        }
        int queries = ir.queryFiles().stream().mapToInt(f -> f.queries().size()).sum();
        out.printf("%d queries, %d tables, %d enums%n", queries, ir.tables().size(), ir.enums().size());
    }
}

package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.catalog.Column;
import dev.quarry.core.catalog.Table;
import dev.quarry.core.config.Engine;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.EnumIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.ir.QueryFileIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.TableIr;
import dev.quarry.core.parse.QueryBlock;
import dev.quarry.core.parse.QueryFileSplitter;
import dev.quarry.core.parse.SqlParser;
import dev.quarry.core.parse.StatementReader;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.types.FunctionCatalog;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;


/**
 * Analyzes every query file against the catalog and builds the IR. Files are split and query names
 * checked in order; the queries are then analyzed in parallel, each with its own diagnostics, since
 * analysis reads only the catalog, the typed views and the function catalog. Results and diagnostics
 * are merged in file and query order, so the IR and the diagnostics are the same however the work
 * was scheduled.
 */
public final class ProjectAnalyzer {

    private ProjectAnalyzer() {}

    /** A query to analyze, or the diagnostic that replaces its analysis (a duplicate name). */
    private record Task(QueryBlock block, @Nullable Diagnostic duplicate) {}

    /** A file's split: what splitting reported, then its queries in order. */
    private record SplitFile(SourceFile file, List<Diagnostic> splitDiagnostics, List<Task> tasks) {}

    /** What analyzing one query gave: its IR, if any, and everything it reported, in order. */
    private record Outcome(Optional<QueryIr> query, List<Diagnostic> diagnostics) {}

    public static ProjectIr analyze(QuarryConfig config, Catalog catalog, List<SourceFile> queryFiles,
            Diagnostics diagnostics) {
        EngineRules rules = EngineRules.of(config.engine());
        StatementReader reader = new StatementReader(new SqlParser(config.engine()));
        FunctionCatalog functions = FunctionCatalog.forEngine(config.engine());
        ViewTyper views = new ViewTyper(catalog, rules, functions, diagnostics);
        views.typeAll();
        List<SplitFile> split = split(queryFiles, config.engine());
        List<Task> tasks = split.stream().flatMap(f -> f.tasks().stream()).toList();
        List<Outcome> outcomes = tasks.parallelStream()
                .map(task -> task.duplicate() == null
                        ? analyze(task.block(), catalog, rules, functions, reader, views)
                        : new Outcome(Optional.empty(), List.of(task.duplicate())))
                .toList();
        List<QueryFileIr> files = new ArrayList<>();
        int next = 0;
        for (SplitFile file : split) {
            diagnostics.addAll(file.splitDiagnostics());
            List<QueryIr> queries = new ArrayList<>();
            for (int i = 0; i < file.tasks().size(); i++) {
                Outcome outcome = outcomes.get(next++);
                diagnostics.addAll(outcome.diagnostics());
                outcome.query().ifPresent(queries::add);
            }
            if (!queries.isEmpty()) {
                files.add(new QueryFileIr(file.file().displayPath(), queries));
            }
        }
        return new ProjectIr(config.engine(), config.javaPackage(), tables(catalog), enums(catalog), files,
                config.overrides());
    }

    /** Splits the files in order; a name used before (in any file) is a duplicate, not analyzed. */
    private static List<SplitFile> split(List<SourceFile> queryFiles, Engine engine) {
        Map<String, QueryBlock> names = new HashMap<>();
        List<SplitFile> split = new ArrayList<>();
        for (SourceFile file : queryFiles) {
            Diagnostics splitting = new Diagnostics();
            List<Task> tasks = new ArrayList<>();
            for (QueryBlock block : QueryFileSplitter.split(file, engine, splitting)) {
                QueryBlock earlier = names.putIfAbsent(block.name().toLowerCase(Locale.ROOT), block);
                tasks.add(new Task(block, earlier == null ? null : Diagnostic.error("duplicate-query-name",
                        block.annotation(), "query name \"" + block.name() + "\" is already used at "
                                + earlier.annotation().location())
                        .withHint("query names must be unique in a project: they name methods and row records")));
            }
            split.add(new SplitFile(file, splitting.inOrder(), tasks));
        }
        return split;
    }

    private static Outcome analyze(QueryBlock block, Catalog catalog, EngineRules rules, FunctionCatalog functions,
            StatementReader reader, ViewTyper views) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<QueryIr> query = Optional.empty();
        try {
            query = new QueryAnalyzer(catalog, rules, functions, reader, diagnostics, views).analyze(block);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in Quarry, never a silent one: reported at the query, the others still analyzed
            diagnostics.error("internal-error", block.annotation(), "internal error while analyzing query "
                    + block.name() + ": " + e, "this is a bug in Quarry; please report it with the query");
        }
        return new Outcome(query, diagnostics.inOrder());
    }

    private static List<TableIr> tables(Catalog catalog) {
        List<TableIr> tables = new ArrayList<>();
        for (Table table : catalog.tables()) {
            List<ColumnIr> columns = new ArrayList<>();
            // the table's record is a row of SELECT *: MySQL's INVISIBLE columns are not in it
            for (Column c : table.visibleColumns()) {
                columns.add(new ColumnIr(c.name(), c.type(), !c.notNull(),
                        c.notNull() ? null : "column " + table.name() + "." + c.name() + " is nullable",
                        new ColumnIr.ColumnOrigin(table.schema(), table.name(), c.name()),
                        table.columnComment(c.name()).orElse(null)));
            }
            tables.add(new TableIr(table.schema(), table.name(), columns, table.primaryKey(), table.comment()));
        }
        return tables;
    }

    private static List<EnumIr> enums(Catalog catalog) {
        List<EnumIr> enums = new ArrayList<>();
        for (SqlType.Enum e : catalog.enums()) {
            enums.add(new EnumIr(e.schema(), e.name(), e.labels()));
        }
        return enums;
    }

}

package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.catalog.Column;
import dev.quarry.core.catalog.Table;
import dev.quarry.core.config.QuarryConfig;
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


/** Analyzes every query file against the catalog and builds the IR. */
public final class ProjectAnalyzer {

    private ProjectAnalyzer() {}

    public static ProjectIr analyze(QuarryConfig config, Catalog catalog, List<SourceFile> queryFiles,
            Diagnostics diagnostics) {
        EngineRules rules = EngineRules.of(config.engine());
        StatementReader reader = new StatementReader(new SqlParser(config.engine()));
        FunctionCatalog functions = FunctionCatalog.forEngine(config.engine());
        ViewTyper views = new ViewTyper(catalog, rules, functions, diagnostics);
        views.typeAll();
        QueryAnalyzer analyzer = new QueryAnalyzer(catalog, rules, functions, reader, diagnostics, views);
        Map<String, QueryBlock> names = new HashMap<>();
        List<QueryFileIr> files = new ArrayList<>();
        for (SourceFile file : queryFiles) {
            List<QueryIr> queries = new ArrayList<>();
            for (QueryBlock block : QueryFileSplitter.split(file, config.engine(), diagnostics)) {
                QueryBlock earlier = names.putIfAbsent(block.name().toLowerCase(Locale.ROOT), block);
                if (earlier != null) {
                    diagnostics.error("duplicate-query-name", block.annotation(), "query name \"" + block.name()
                            + "\" is already used at " + earlier.annotation().location(),
                            "query names must be unique in a project: they name methods and row records");
                    continue;
                }
                try {
                    analyzer.analyze(block).ifPresent(queries::add);
                } catch (RuntimeException | StackOverflowError e) {
                    // a bug in Quarry, never a silent one: reported at the query, the others still analyzed
                    diagnostics.error("internal-error", block.annotation(), "internal error while analyzing query "
                            + block.name() + ": " + e, "this is a bug in Quarry; please report it with the query");
                }
            }
            if (!queries.isEmpty()) {
                files.add(new QueryFileIr(file.displayPath(), queries));
            }
        }
        return new ProjectIr(config.engine(), config.javaPackage(), tables(catalog), enums(catalog), files,
                config.overrides());
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

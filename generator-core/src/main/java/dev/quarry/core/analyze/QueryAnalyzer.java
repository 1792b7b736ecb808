package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.catalog.Table;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;
import dev.quarry.core.parse.ParsedStatement;
import dev.quarry.core.parse.QueryBlock;
import dev.quarry.core.parse.StatementReader;
import dev.quarry.core.source.Span;
import dev.quarry.core.source.StatementSplitter;
import dev.quarry.core.types.FunctionCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;

/** Analyzes one annotated query into its IR. */
final class QueryAnalyzer {
    private final Catalog catalog;
    private final EngineRules rules;
    private final FunctionCatalog functions;
    private final StatementReader reader;
    private final Diagnostics diagnostics;
    private final ViewTyper views;

    QueryAnalyzer(Catalog catalog, EngineRules rules, FunctionCatalog functions, StatementReader reader,
            Diagnostics diagnostics, ViewTyper views) {
        this.views = views;
        this.catalog = catalog;
        this.rules = rules;
        this.functions = functions;
        this.reader = reader;
        this.diagnostics = diagnostics;
    }

    Optional<QueryIr> analyze(QueryBlock block) {
        Optional<QueryKind> kind = kind(block);
        if (kind.isEmpty() || !singleStatement(block)) {
            return Optional.empty();
        }
        Optional<ParsedStatement> parsed = reader.readQuery(block.file(), block.sqlStart(), block.sqlEnd(), diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ParsedStatement statement = parsed.get();
        int errorsBefore = diagnostics.errorCount();
        ParamTable params = new ParamTable(statement, diagnostics, rules);
        QueryContext ctx = new QueryContext(catalog, rules, functions, statement, params, diagnostics, views);
        SelectAnalyzer selects = new SelectAnalyzer(ctx);
        Shape shape = shape(statement.statement(), selects, ctx);
        List<ScopeColumn> columns = Directives.apply(block.directives(), shape.columns(), diagnostics);
        warnDuplicateNames(shape, ctx);
        List<ParamIr> paramIrs = params.toIr(diagnostics.errorCount() > errorsBefore);
        if (kind.get() == QueryKind.COPYFROM) {
            for (ParamIr slice : paramIrs.stream().filter(ParamIr::slice).toList()) {
                diagnostics.error("slice-kind", params.span(slice.positions().get(0)), "sqlc.slice(" + slice.name()
                        + ") cannot be used in a :copyfrom query: COPY and multi-row INSERTs take one value per column",
                        "use :batchexec, which runs the statement once per parameter set and expands each set's list");
            }
        }
        // an earlier error (an unknown table under SELECT *) explains an empty result already
        if (kind.get().returnsRows() && columns.isEmpty() && diagnostics.errorCount() == errorsBefore) {
            diagnostics.error("kind-mismatch", block.kindSpan(), "query " + block.name() + " is " + kind.get().annotation()
                    + " but its statement returns no columns", "use :exec or :execrows, or add a RETURNING clause");
        }
        List<ColumnIr> columnIrs = columns.stream().map(ScopeColumn::toIr).toList();
        String annotation = block.annotation().text().strip();
        QueryIr query = new QueryIr(block.name(), kind.get(), block.file().displayPath(), block.line(),
                annotation + "\n" + block.sql(), annotation + "\n" + jdbcText(statement, shape.stars()), paramIrs,
                columnIrs, block.doc(), tableModel(columnIrs).orElse(null), shape.embeds());
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.of(query);
        }
        return Optional.of(new KindAnalyzer(ctx, block.kindSpan()).complete(query, statement.statement()));
    }

    private Shape shape(Statement statement, SelectAnalyzer selects, QueryContext ctx) {
        Scope root = Scope.root();
        if (statement instanceof Select select) {
            return selects.shape(select, root);
        }
        if (statement instanceof Insert insert) {
            return selects.dml().insert(insert, root);
        }
        if (statement instanceof Update update) {
            return selects.dml().update(update, root);
        }
        if (statement instanceof Delete delete) {
            return selects.dml().delete(delete, root);
        }
        ctx.error("unsupported-statement", null, "only SELECT, INSERT, UPDATE and DELETE can be queries, not "
                + statement.getClass().getSimpleName().toUpperCase(Locale.ROOT), null);
        return Shape.empty();
    }

    private Optional<QueryKind> kind(QueryBlock block) {
        Optional<QueryKind> kind = QueryKind.fromAnnotation(block.kindText());
        if (kind.isEmpty()) {
            diagnostics.error("unknown-kind", block.kindSpan(), "unknown query kind \"" + block.kindText() + "\"",
                    "use one of " + String.join(", ", java.util.Arrays.stream(QueryKind.values()).map(QueryKind::annotation).toList()));
            return kind;
        }
        if (!kind.get().isSupported()) {
            diagnostics.error("unsupported-kind", block.kindSpan(), "query kind " + block.kindText()
                    + " is not supported yet", "use one of :one, :many, :exec, :execrows");
            return Optional.empty();
        }
        return kind;
    }

    private boolean singleStatement(QueryBlock block) {
        List<StatementSplitter.Piece> pieces = StatementSplitter.split(block.file().text(), block.sqlStart(), block.sqlEnd(),
                rules.engine().isMysqlFamily());
        if (pieces.isEmpty()) {
            diagnostics.error("empty-query", block.annotation(), "query " + block.name() + " has no SQL", null);
            return false;
        }
        if (pieces.size() > 1) {
            diagnostics.error("several-statements", Span.at(block.file(), pieces.get(1).start()),
                    "query " + block.name() + " holds more than one statement",
                    "give each statement its own \"-- name:\" annotation");
            return false;
        }
        return true;
    }

    /**
     * The statement as sent to the driver: every {@code *} of the result written as the column list
     * it stands for, every parameter written {@code ?}. Edited by offsets, never re-printed from the
     * syntax tree, so the text stays the user's.
     */
    private String jdbcText(ParsedStatement statement, List<Shape.StarExpansion> stars) {
        StringBuilder text = new StringBuilder(statement.file().text().substring(statement.start(), statement.end()));
        List<Span> spans = stars.stream().map(star -> statement.span(star.node())).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < stars.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> spans.get(i).start()).reversed());
        for (int i : order) {
            int from = spans.get(i).start() - statement.start();
            int to = spans.get(i).end() - statement.start();
            boolean expandable = from >= 0 && to > from && to <= text.length()
                    && (text.charAt(to - 1) == '*' || text.substring(from, to).regionMatches(true, 0, "sqlc", 0, 4));
            if (expandable) {
                text.replace(from, to, stars.get(i).columns());
            }
        }
        return dev.quarry.core.parse.ParameterScanner.scan(text.toString(), rules.engine(), true).jdbc();
    }

    private void warnDuplicateNames(Shape shape, QueryContext ctx) {
        Map<String, Integer> seen = new HashMap<>();
        List<ScopeColumn> columns = shape.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (embedded(shape, i)) {
                continue; // an embedded row's columns live in their own record
            }
            String key = columns.get(i).name().toLowerCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                ctx.warning("duplicate-column-name", shape.nodes().get(i), "output column \"" + columns.get(i).name()
                        + "\" appears more than once; the generated names are made distinct",
                        "give the columns distinct aliases, e.g. o.id AS order_id");
            }
        }
    }

    private static boolean embedded(Shape shape, int column) {
        return shape.embeds().stream().anyMatch(e -> column >= e.firstColumn() && column < e.firstColumn() + e.columnCount());
    }

    /** The table whose model record the rows are: exactly its columns, in order, unchanged. */
    private Optional<QueryIr.TableRef> tableModel(List<ColumnIr> columns) {
        if (columns.isEmpty() || columns.get(0).origin() == null) {
            return Optional.empty();
        }
        ColumnIr.ColumnOrigin first = columns.get(0).origin();
        Optional<Table> table = catalog.table(first.schema(), first.table());
        if (table.isEmpty() || table.get().visibleColumns().size() != columns.size()) {
            return Optional.empty();
        }
        List<ScopeColumn> expected = FromBinder.columnsOf(table.get());
        for (int i = 0; i < columns.size(); i++) {
            ColumnIr c = columns.get(i);
            ScopeColumn e = expected.get(i);
            if (!e.origin().equals(c.origin()) || e.nullable() != c.nullable() || !e.type().equals(c.sqlType())
                    || !e.name().equals(c.name())) {
                return Optional.empty();
            }
        }
        return Optional.of(new QueryIr.TableRef(table.get().schema(), table.get().name()));
    }
}

package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Column;
import dev.quarry.core.catalog.Table;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.ir.QueryIr;
import dev.quarry.core.ir.QueryKind;
import dev.quarry.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import org.jspecify.annotations.Nullable;

/**
 * What the statement must be for kinds beyond {@code :one/:many/:exec/:execrows}, and the facts
 * their methods need: the key an INSERT generates ({@code :execlastid}, {@code :execresult}) and
 * the target of a {@code :copyfrom}.
 */
final class KindAnalyzer {
    private final QueryContext ctx;
    private final Span kindSpan;

    /** {@code kindSpan}: where the {@code :kind} is written, where a mismatch is reported. */
    KindAnalyzer(QueryContext ctx, Span kindSpan) {
        this.ctx = ctx;
        this.kindSpan = kindSpan;
    }

    private void error(String message, String hint) {
        ctx.diagnostics().error("kind-mismatch", kindSpan, message, hint);
    }

    /** The query with its kind's details, or the query unchanged after reporting why its kind does not fit. */
    QueryIr complete(QueryIr query, Statement statement) {
        return switch (query.kind()) {
            case EXECLASTID -> query.withKindDetails(lastId(query, statement), null);
            case EXECRESULT -> query.withKindDetails(execResultKey(query, statement), null);
            case COPYFROM -> query.withKindDetails(null, copyTarget(query, statement));
            case BATCHEXEC, BATCHONE, BATCHMANY -> checkBatch(query);
            case ONE, MANY, EXEC, EXECROWS -> query;
        };
    }

    private QueryIr.@Nullable GeneratedKey lastId(QueryIr query, Statement statement) {
        if (!(statement instanceof Insert insert)) {
            error(":execlastid needs an INSERT statement", "use :exec or :execrows");
            return null;
        }
        if (!query.columns().isEmpty()) {
            if (query.columns().size() != 1) {
                error(":execlastid needs RETURNING with exactly one column, the key",
                        "RETURNING id, or use :one for several columns");
                return null;
            }
            ColumnIr c = query.columns().get(0);
            return new QueryIr.GeneratedKey(c.name(), c.sqlType(), true);
        }
        Optional<Column> key = generatedKeyColumn(insert);
        if (key.isEmpty()) {
            boolean returning = ctx.rules().returningRefusal(EngineRules.Dml.INSERT).isEmpty();
            error("cannot tell which key this INSERT generates: the table has no " + ctx.rules().generatedKeyKinds(),
                    returning ? "add RETURNING with the key column" : "declare the key column AUTO_INCREMENT");
            return null;
        }
        return new QueryIr.GeneratedKey(key.get().name(), key.get().type(), false);
    }

    private QueryIr.@Nullable GeneratedKey execResultKey(QueryIr query, Statement statement) {
        if (!query.columns().isEmpty()) {
            error(":execresult cannot have a RETURNING clause",
                    "use :one or :many to read RETURNING, or :execlastid for the key");
            return null;
        }
        if (statement instanceof Insert insert) {
            return generatedKeyColumn(insert).map(c -> new QueryIr.GeneratedKey(c.name(), c.type(), false)).orElse(null);
        }
        return null;
    }

    /** The column of the INSERT's table whose value the database generates, as the engine decides. */
    private Optional<Column> generatedKeyColumn(Insert insert) {
        return table(insert).flatMap(ctx.rules()::generatedKey);
    }

    private Optional<Table> table(Insert insert) {
        net.sf.jsqlparser.schema.Table t = insert.getTable();
        String schema = t.getSchemaName() == null ? null : ctx.rules().foldIdentifier(t.getSchemaName());
        return ctx.catalog().table(schema, ctx.rules().foldIdentifier(t.getName()));
    }

    private QueryIr.@Nullable CopyTarget copyTarget(QueryIr query, Statement statement) {
        String hint = "write INSERT INTO t (a, b) VALUES ($1, $2) with one parameter per column";
        if (!(statement instanceof Insert insert)) {
            error(":copyfrom needs an INSERT statement", hint);
            return null;
        }
        if (!query.columns().isEmpty() || insert.getConflictAction() != null || insert.getWithItemsList() != null
                || !(insert.getSelect() instanceof Values values)) {
            error(":copyfrom needs a plain INSERT ... VALUES (no WITH, SELECT,"
                    + " ON CONFLICT or RETURNING)", hint);
            return null;
        }
        Optional<Table> table = table(insert);
        if (table.isEmpty()) {
            return null; // reported as an unknown table already
        }
        List<List<Expression>> rows = SelectAnalyzer.rows(values);
        List<String> columns = columnNames(insert, table.get());
        if (rows.size() != 1 || !eachValueItsOwnParameter(rows.get(0), query.params()) || columns == null
                || columns.size() != rows.get(0).size()) {
            error(":copyfrom needs one VALUES row whose values are each a distinct"
                    + " parameter", hint);
            return null;
        }
        return new QueryIr.CopyTarget(table.get().schema(), table.get().name(), columns);
    }

    private @Nullable List<String> columnNames(Insert insert, Table table) {
        List<String> names = new ArrayList<>();
        if (insert.getColumns() == null || insert.getColumns().isEmpty()) {
            table.visibleColumns().forEach(c -> names.add(c.name()));
            return names;
        }
        for (net.sf.jsqlparser.schema.Column c : insert.getColumns()) {
            Optional<Column> column = table.column(ctx.rules().foldIdentifier(c.getColumnName()));
            if (column.isEmpty()) {
                return null;
            }
            names.add(column.get().name());
        }
        return names;
    }

    /** Value i is placeholder i+1, and parameter i is bound there and nowhere else. */
    private static boolean eachValueItsOwnParameter(List<Expression> values, List<ParamIr> params) {
        if (values.size() != params.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof JdbcParameter) || !params.get(i).positions().equals(List.of(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private QueryIr checkBatch(QueryIr query) {
        if (query.params().isEmpty()) {
            error(query.kind().annotation() + " needs parameters: the method takes"
                    + " one parameter set per execution", "use :exec");
        } else if (query.kind() == QueryKind.BATCHEXEC && !query.columns().isEmpty()) {
            error(":batchexec cannot read RETURNING",
                    "use :batchone or :batchmany to read RETURNING per parameter set");
        }
        return query;
    }
}

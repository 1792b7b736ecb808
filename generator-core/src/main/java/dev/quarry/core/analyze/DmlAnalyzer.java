package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Column;
import dev.quarry.core.catalog.Table;
import dev.quarry.core.diag.Suggestions;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import org.jspecify.annotations.Nullable;

/**
 * INSERT, UPDATE and DELETE: values are typed as the columns they go into (a parameter written
 * into a nullable column may be null), and RETURNING gives the output columns.
 */
final class DmlAnalyzer {
    private final QueryContext ctx;
    private final SelectAnalyzer selects;

    DmlAnalyzer(QueryContext ctx, SelectAnalyzer selects) {
        this.ctx = ctx;
        this.selects = selects;
    }

    /** The RETURNING columns of a data-modifying CTE ({@code WITH moved AS (DELETE ... RETURNING *)}). */
    List<ScopeColumn> returningOf(Object statement, Scope scope, Object node) {
        if (statement instanceof ParenthesedInsert insert) {
            return insert(insert.getInsert(), scope).columns();
        }
        if (statement instanceof ParenthesedUpdate update) {
            return update(update.getUpdate(), scope).columns();
        }
        if (statement instanceof ParenthesedDelete delete) {
            return delete(delete.getDelete(), scope).columns();
        }
        ctx.error("unsupported-statement", node, "this kind of statement is not supported in WITH", null);
        return List.of();
    }

    Shape insert(Insert insert, Scope scope) {
        Scope s = selects.ctes().bind(insert.getWithItemsList(), scope);
        Relation target = selects.from().table(insert.getTable(), s);
        Table table = target.table();
        if (table == null) {
            return Shape.empty();
        }
        List<Column> columns = targetColumns(insert, table);
        if (columns == null) {
            return Shape.empty();
        }
        Select body = insert.getSelect();
        if (body instanceof Values values) {
            for (List<Expression> items : SelectAnalyzer.rows(values)) {
                Object row = items.isEmpty() ? values : items.get(0);
                if (items.size() != columns.size()) {
                    ctx.error("insert-width", row, "INSERT has " + columns.size() + " target columns but " + items.size()
                            + " values", "list the columns: INSERT INTO " + table.name() + " (a, b) VALUES (...)");
                    continue;
                }
                for (int i = 0; i < items.size(); i++) {
                    assign(items.get(i), columns.get(i), table, s, "INSERT into " + table.name());
                }
            }
        } else if (body != null) {
            insertSelect(body, columns, table, s);
        }
        Scope withTarget = s.withRelations(List.of(target), List.of(), Set.of());
        conflict(insert.getConflictAction(), target, table, withTarget);
        if (insert.getDuplicateUpdateSets() != null) {
            // MySQL's ON DUPLICATE KEY UPDATE: VALUES(col) names the row that was to be inserted
            for (UpdateSet set : insert.getDuplicateUpdateSets()) {
                set(set, table, withTarget);
            }
        }
        return returning(insert.getReturningClause(), withTarget, EngineRules.Dml.INSERT);
    }

    private void insertSelect(Select body, List<Column> columns, Table table, Scope scope) {
        if (body instanceof PlainSelect ps && ps.getSelectItems().size() == columns.size()) {
            for (int i = 0; i < columns.size(); i++) {
                if (ps.getSelectItems().get(i).getExpression() instanceof JdbcParameter p) {
                    assignParameter(p.getIndex(), columns.get(i), table);
                }
            }
        }
        List<ScopeColumn> produced = selects.analyze(body, scope.child());
        if (produced.size() != columns.size()) {
            ctx.error("insert-width", body, "INSERT has " + columns.size() + " target columns but the query gives "
                    + produced.size(), null);
        }
    }

    private void conflict(@Nullable InsertConflictAction action, Relation target, Table table, Scope scope) {
        if (action == null || action.getUpdateSets() == null) {
            return;
        }
        Relation excluded = new Relation("excluded", null, FromBinder.columnsOf(table), table);
        // PostgreSQL sees both tables (an unqualified name in both is ambiguous); SQLite reads an
        // unqualified name as the target's column and excluded's only when qualified
        Scope s = ctx.rules().upsertExcludedOnlyQualified()
                ? scope.withRelations(List.of(excluded), List.of(), Set.of()).child()
                        .withRelations(List.of(target), List.of(), Set.of())
                : scope.withRelations(List.of(target, excluded), List.of(), Set.of());
        for (UpdateSet set : action.getUpdateSets()) {
            set(set, table, s);
        }
        selects.typer().condition(action.getWhereExpression(), s, "ON CONFLICT ... WHERE");
    }

    Shape update(Update update, Scope scope) {
        Scope s = selects.ctes().bind(update.getWithItemsList(), scope);
        Relation target = selects.from().table(update.getTable(), s);
        FromBinder.JoinState state = new FromBinder.JoinState();
        state.relations.add(target);
        // MySQL's multi-table UPDATE a JOIN b ... SET
        selects.from().bindInto(null, update.getStartJoins(), s, state);
        selects.from().bindInto(update.getFromItem(), update.getJoins(), s, state);
        Scope full = state.apply(s);
        if (target.table() != null) {
            for (UpdateSet set : update.getUpdateSets()) {
                set(set, target.table(), full);
            }
        }
        selects.typer().condition(update.getWhere(), full, "WHERE");
        return returning(update.getReturningClause(), full, EngineRules.Dml.UPDATE);
    }

    Shape delete(Delete delete, Scope scope) {
        Scope s = selects.ctes().bind(delete.getWithItemsList(), scope);
        FromBinder.JoinState state = new FromBinder.JoinState();
        state.relations.add(selects.from().table(delete.getTable(), s));
        if (delete.getUsingList() != null) {
            delete.getUsingList().forEach(t -> state.relations.add(selects.from().table(t, s)));
        }
        if (delete.getJoins() != null) {
            selects.from().bindInto(null, delete.getJoins(), s, state);
        }
        Scope full = state.apply(s);
        selects.typer().condition(delete.getWhere(), full, "WHERE");
        boolean joined = state.relations.size() > 1 || (delete.getTables() != null && !delete.getTables().isEmpty());
        return returning(delete.getReturningClause(), full, joined ? EngineRules.Dml.DELETE_JOINED : EngineRules.Dml.DELETE);
    }

    private void set(UpdateSet set, Table table, Scope scope) {
        ExpressionList<?> values = set.getValues();
        ExpressionList<net.sf.jsqlparser.schema.Column> targets = set.getColumns();
        for (int i = 0; i < targets.size(); i++) {
            net.sf.jsqlparser.schema.Column target = targets.get(i);
            Optional<Column> column = column(table, target);
            if (column.isEmpty()) {
                continue;
            }
            if (values.size() == targets.size()) {
                assign(values.get(i), column.get(), table, scope, "SET " + column.get().name());
            } else {
                selects.typer().type(values.get(0), scope);
            }
        }
    }

    /** A value written into a column: typed as the column; a parameter into a nullable column may be null. */
    private void assign(Expression value, Column column, Table table, Scope scope, String context) {
        if (value instanceof net.sf.jsqlparser.schema.Column c && c.getTable() == null
                && c.getColumnName().equalsIgnoreCase("DEFAULT")) {
            return;
        }
        if (column.generated()) {
            ctx.error("generated-column", value, "cannot write into generated column \"" + column.name() + "\"", null);
        }
        Typed typed = selects.typer().typeAs(value, scope, column.type(), column.name(), context);
        if (!typed.isParameter() && !typed.isUntyped() && !selects.typer().commonTypes().assignable(typed.type(), column.type())
                && ctx.rules() == EngineRules.POSTGRESQL) {
            ctx.error("type-mismatch", value, "column \"" + column.name() + "\" is of type " + column.type().name()
                    + " but expression is of type " + typed.type().name(), "rewrite or cast the expression");
        }
        if (typed.isParameter()) {
            ctx.params().writtenInto(typed.paramSlot(), origin(table, column));
            if (!column.notNull()) {
                ctx.params().markNullable(typed.paramSlot());
            }
        }
    }

    private static ColumnIr.ColumnOrigin origin(Table table, Column column) {
        return new ColumnIr.ColumnOrigin(table.schema(), table.name(), column.name());
    }

    private void assignParameter(@Nullable Integer slot, Column column, Table table) {
        if (slot == null || !ctx.params().isSlot(slot)) {
            return;
        }
        ctx.params().infer(slot, column.type(), column.name(), "INSERT into " + table.name());
        ctx.params().writtenInto(slot, origin(table, column));
        if (!column.notNull()) {
            ctx.params().markNullable(slot);
        }
    }

    /** The columns an INSERT writes, or null when one of them does not exist (already reported). */
    private @Nullable List<Column> targetColumns(Insert insert, Table table) {
        if (insert.getColumns() == null || insert.getColumns().isEmpty()) {
            return table.visibleColumns();
        }
        List<Column> columns = new ArrayList<>();
        for (net.sf.jsqlparser.schema.Column c : insert.getColumns()) {
            column(table, c).ifPresent(columns::add);
        }
        return columns.size() == insert.getColumns().size() ? columns : null;
    }

    private Optional<Column> column(Table table, net.sf.jsqlparser.schema.Column ref) {
        String name = ctx.rules().foldIdentifier(ref.getColumnName());
        Optional<Column> column = table.column(name);
        if (column.isEmpty()) {
            String hint = Suggestions.closest(name, table.columns().stream().map(Column::name).toList())
                    .map(s -> "did you mean \"" + s + "\"?").orElse(null);
            ctx.error("unknown-column", ref, "column \"" + name + "\" of relation \"" + table.name() + "\" does not exist",
                    hint);
        }
        return column;
    }

    /** The RETURNING columns; a RETURNING the engine does not take is an error at the keyword. */
    private Shape returning(@Nullable ReturningClause returning, Scope scope, EngineRules.Dml statement) {
        if (returning == null || returning.isEmpty()) {
            return Shape.empty();
        }
        ctx.rules().returningRefusal(statement).ifPresent(refusal -> ctx.errorAt("returning-unsupported",
                returningKeyword(returning), refusal.message(), refusal.hint()));
        List<SelectItem<?>> items = new ArrayList<>(returning);
        return selects.outputs().expand(items, scope.refusingAggregates("RETURNING"));
    }

    /** The RETURNING keyword (JSqlParser keeps no position for the clause): the last one before its first item. */
    private Span returningKeyword(ReturningClause returning) {
        Span first = ctx.span(returning.get(0));
        int from = ctx.statement().start();
        int to = first.start() > from ? first.start() : ctx.statement().end();
        String keyword = "RETURNING";
        int at = first.file().text().substring(from, to).toUpperCase(Locale.ROOT).lastIndexOf(keyword);
        return at < 0 ? first : new Span(first.file(), from + at, from + at + keyword.length());
    }
}

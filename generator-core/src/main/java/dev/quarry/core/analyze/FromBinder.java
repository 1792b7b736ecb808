package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Column;
import dev.quarry.core.config.Engine;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.catalog.Table;
import dev.quarry.core.catalog.UserFunction;
import dev.quarry.core.catalog.View;
import dev.quarry.core.diag.Suggestions;
import dev.quarry.core.source.Span;
import dev.quarry.core.ir.ColumnIr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.Values;
import org.jspecify.annotations.Nullable;

/**
 * Turns a FROM clause into the relations of a scope. Outer joins make the optional side's
 * columns nullable here, before any expression is typed; USING and NATURAL joins add merged
 * columns.
 */
final class FromBinder {
    private final QueryContext ctx;
    private final SelectAnalyzer selects;
    private final ExpressionTyper typer;
    private final JoinMerger merger;

    FromBinder(QueryContext ctx, SelectAnalyzer selects, ExpressionTyper typer) {
        this.ctx = ctx;
        this.selects = selects;
        this.typer = typer;
        this.merger = new JoinMerger(ctx);
    }

    /** The relations built so far at one query level. */
    static final class JoinState {
        final List<Relation> relations = new ArrayList<>();
        final List<ScopeColumn> merged = new ArrayList<>();
        final Set<String> hidden = new LinkedHashSet<>();

        Scope apply(Scope scope) {
            return scope.withRelations(relations, merged, hidden);
        }

        JoinState copy() {
            JoinState c = new JoinState();
            c.relations.addAll(relations);
            c.merged.addAll(merged);
            c.hidden.addAll(hidden);
            return c;
        }
    }

    Scope bind(@Nullable FromItem item, @Nullable List<Join> joins, Scope scope) {
        JoinState state = new JoinState();
        bindInto(item, joins, scope, state);
        return state.apply(scope);
    }

    /** Adds a FROM item and its joins to {@code state}. */
    void bindInto(@Nullable FromItem item, @Nullable List<Join> joins, Scope scope, JoinState state) {
        // without an item, the joins join what the state holds (MySQL's UPDATE a JOIN b, DELETE a FROM a JOIN b)
        if (item != null) {
            state.relations.addAll(fromItem(item, scope, state));
        }
        if (joins == null) {
            return;
        }
        for (Join join : joins) {
            join(join, scope, state);
        }
    }

    private void join(Join join, Scope scope, JoinState state) {
        JoinState right = new JoinState();
        if (join.getRightItem() instanceof ParenthesedFromItem nested) {
            bindInto(nested.getFromItem(), nested.getJoins(), scope, right);
        } else {
            right.relations.addAll(fromItem(join.getRightItem(), scope, state));
        }
        String where = " at " + ctx.location(join.getRightItem());
        // USING columns merge by the sides' nullability before the outer join changes it
        List<Relation> leftBefore = List.copyOf(state.relations);
        List<ScopeColumn> mergedBefore = List.copyOf(state.merged);
        JoinState rightBefore = right.copy();
        if (join.isLeft() || join.isFull()) {
            String why = "right side of " + (join.isFull() ? "FULL" : "LEFT") + " JOIN" + where;
            right.relations.replaceAll(r -> r.withAllNullable(why));
            right.merged.replaceAll(c -> c.withNullable(why));
        }
        if (join.isRight() || join.isFull()) {
            String why = "left side of " + (join.isFull() ? "FULL" : "RIGHT") + " JOIN" + where;
            state.relations.replaceAll(r -> r.withAllNullable(why));
            state.merged.replaceAll(c -> c.withNullable(why));
        }
        List<String> using = merger.usingNames(join, leftBefore, mergedBefore, rightBefore);
        state.relations.addAll(right.relations);
        state.merged.addAll(right.merged);
        state.hidden.addAll(right.hidden);
        if (!using.isEmpty()) {
            merger.merge(join, using, leftBefore, mergedBefore, rightBefore, state);
        }
        Scope onScope = state.apply(scope);
        for (Expression on : join.getOnExpressions()) {
            typer.condition(on, onScope, "JOIN condition");
        }
    }

    private List<Relation> fromItem(FromItem item, Scope scope, JoinState state) {
        if (item instanceof net.sf.jsqlparser.schema.Table table) {
            return List.of(table(table, scope));
        }
        if (item instanceof LateralSubSelect lateral) {
            return List.of(subquery(lateral, state.apply(scope).child()));
        }
        if (item instanceof ParenthesedSelect sub) {
            return List.of(subquery(sub, scope.child()));
        }
        if (item instanceof TableFunction function) {
            return List.of(tableFunction(function, state.apply(scope)));
        }
        if (item instanceof ParenthesedFromItem nested && nested.getFromItem() instanceof Select inner
                && (nested.getJoins() == null || nested.getJoins().isEmpty())) {
            // (VALUES (1, 'a'), (2, 'b')) AS v(n, s)
            return List.of(derived(selects.analyze(inner, scope.child()), nested.getAlias(), nested));
        }
        if (item instanceof Values values) {
            return List.of(derived(selects.analyze(values, scope.child()), values.getAlias(), values));
        }
        if (item instanceof ParenthesedFromItem nested) {
            JoinState inner = new JoinState();
            bindInto(nested.getFromItem(), nested.getJoins(), scope, inner);
            state.merged.addAll(inner.merged);
            state.hidden.addAll(inner.hidden);
            return inner.relations;
        }
        ctx.error("unsupported", item, "this kind of FROM item is not supported yet", null);
        String alias = aliasName(item.getAlias());
        return List.of(Relation.opaque(alias == null ? "" : alias));
    }

    /** A table name: a CTE in scope first, then the catalog's tables and views. */
    Relation table(net.sf.jsqlparser.schema.Table t, Scope scope) {
        String name = ctx.rules().foldIdentifier(t.getName());
        String schema = t.getSchemaName() == null ? null : ctx.rules().foldIdentifier(t.getSchemaName());
        String alias = aliasName(t.getAlias());
        if (schema == null) {
            Optional<Relation> cte = scope.cte(name);
            if (cte.isPresent()) {
                Relation r = cte.get().renamed(alias != null ? alias : name);
                return selects.ctes().rename(r, aliasColumns(t.getAlias()), t);
            }
        }
        Optional<Table> table = ctx.catalog().table(schema, name);
        Optional<View> view = table.isPresent() ? Optional.empty() : ctx.catalog().view(schema, name);
        if (view.isPresent()) {
            List<ScopeColumn> columns = ctx.views().columns(view.get());
            Relation relation = new Relation(alias != null ? alias : view.get().name(), alias != null ? null
                    : view.get().schema(), columns, null);
            return selects.ctes().rename(relation, aliasColumns(t.getAlias()), t);
        }
        if (table.isEmpty() && schema != null && !ctx.catalog().schemaExists(schema)) {
            String hint = Suggestions.closest(schema, ctx.catalog().schemas()).map(s -> "did you mean \"" + s + "\"?")
                    .orElse("the schema files create no schema of this name");
            Span at = ctx.span(t);
            String written = t.getSchemaName();
            ctx.errorAt("unknown-schema", at.text().startsWith(written) ? at.prefix(written.length()) : at,
                    "schema \"" + schema + "\" does not exist", hint);
            return Relation.opaque(alias != null ? alias : name);
        }
        if (table.isEmpty()) {
            List<String> known = new ArrayList<>(scope.cteNames());
            ctx.catalog().tables().forEach(x -> known.add(x.name()));
            ctx.catalog().views().forEach(x -> known.add(x.name()));
            String hint = Suggestions.closest(name, known).map(s -> "did you mean \"" + s + "\"?").orElse(null);
            ctx.error("unknown-table", t, "relation \"" + (schema == null ? "" : schema + ".") + name + "\" does not exist",
                    hint);
            return Relation.opaque(alias != null ? alias : name);
        }
        Relation relation = new Relation(alias != null ? alias : table.get().name(), alias != null ? null
                : table.get().schema(), columnsOf(table.get()), table.get(), false,
                scopeColumns(table.get(), table.get().columns().stream().filter(Column::hidden).toList()));
        return selects.ctes().rename(relation, aliasColumns(t.getAlias()), t);
    }

    /** The columns {@code *} stands for in a table (MySQL's INVISIBLE ones left out). */
    static List<ScopeColumn> columnsOf(Table table) {
        return scopeColumns(table, table.visibleColumns());
    }

    private static List<ScopeColumn> scopeColumns(Table table, List<Column> tableColumns) {
        List<ScopeColumn> columns = new ArrayList<>();
        for (Column c : tableColumns) {
            columns.add(new ScopeColumn(c.name(), c.type(), !c.notNull(),
                    c.notNull() ? null : "column " + table.name() + "." + c.name() + " is nullable",
                    new ColumnIr.ColumnOrigin(table.schema(), table.name(), c.name())));
        }
        return columns;
    }

    private Relation subquery(ParenthesedSelect sub, Scope scope) {
        return derived(selects.analyze(sub, scope), sub.getAlias(), sub);
    }

    /** A relation made by a query in FROM, named and its columns renamed by the alias. */
    private Relation derived(List<ScopeColumn> columns, @Nullable Alias alias, Object node) {
        String name = aliasName(alias);
        Relation relation = new Relation(name == null ? "" : name, null, columns, null);
        return selects.ctes().rename(relation, aliasColumns(alias), node);
    }

    /**
     * {@code generate_series(1, 10) AS g}, {@code unnest(arr) AS u(x)}: one column; a schema function
     * that RETURNS TABLE gives its columns.
     */
    private Relation tableFunction(TableFunction function, Scope scope) {
        Typed typed = typer.type(function.getFunction(), scope);
        String fname = ctx.rules().foldIdentifier(function.getFunction().getMultipartName()
                .get(function.getFunction().getMultipartName().size() - 1));
        String alias = aliasName(function.getAlias());
        String name = alias != null ? alias : fname;
        List<ScopeColumn> columns = new ArrayList<>();
        Optional<UserFunction> declared = ctx.catalog().functions(fname).stream()
                .filter(f -> !f.resultColumns().isEmpty()).findFirst();
        if (declared.isPresent()) {
            // RETURNS TABLE (...): one column each, NULL as far as Quarry can see
            for (Column c : declared.get().resultColumns()) {
                columns.add(new ScopeColumn(c.name(), c.type(), true, "column " + c.name() + " of " + fname
                        + "() declared in the schema", null));
            }
        } else if (ctx.rules().engine() == Engine.POSTGRESQL && OutParameterColumns.of(fname).isPresent()) {
            // named by OUT parameters; a NULL argument gives no rows rather than NULL columns
            for (OutParameterColumns.OutColumn c : OutParameterColumns.of(fname).get()) {
                columns.add(new ScopeColumn(c.name(), c.type(), c.nullable(),
                        c.nullable() ? c.name() + " of " + fname + "(): " + c.reason() : null, null));
            }
        } else {
            columns.add(new ScopeColumn(name, typed.type(), typed.nullable(), typed.reason(), null));
        }
        if (function.getWithClause() != null
                && function.getWithClause().toUpperCase(java.util.Locale.ROOT).contains("ORDINALITY")) {
            columns.add(new ScopeColumn("ordinality", BaseType.INT8.type(), false, null, null));
        }
        Relation relation = new Relation(name, null, columns, null);
        return selects.ctes().rename(relation, aliasColumns(function.getAlias()), function);
    }

    private @Nullable String aliasName(@Nullable Alias alias) {
        return alias == null || alias.getName() == null ? null : ctx.rules().foldIdentifier(alias.getName());
    }

    private List<String> aliasColumns(@Nullable Alias alias) {
        List<String> names = new ArrayList<>();
        if (alias != null && alias.getAliasColumns() != null) {
            alias.getAliasColumns().forEach(c -> names.add(ctx.rules().foldIdentifier(c.name)));
        }
        return names;
    }
}

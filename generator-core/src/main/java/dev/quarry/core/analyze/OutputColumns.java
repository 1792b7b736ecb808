package dev.quarry.core.analyze;

import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.EmbedIr;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Expands a select list into output columns: {@code *} and {@code t.*} into the relations'
 * columns, expressions into typed columns named by their alias or, without one, the name the
 * database gives them ({@code count}, {@code coalesce}, {@code ?column?}).
 */
final class OutputColumns {
    private final QueryContext ctx;
    private final ExpressionTyper typer;

    OutputColumns(QueryContext ctx, ExpressionTyper typer) {
        this.ctx = ctx;
        this.typer = typer;
    }

    Shape expand(List<SelectItem<?>> items, Scope scope) {
        List<ScopeColumn> columns = new ArrayList<>();
        List<Object> nodes = new ArrayList<>();
        List<Shape.StarExpansion> stars = new ArrayList<>();
        List<EmbedIr> embeds = new ArrayList<>();
        for (SelectItem<?> item : items) {
            Expression e = item.getExpression();
            int before = columns.size();
            List<String> references = new ArrayList<>();
            if (e instanceof Function f && isEmbed(f)) {
                embed(f, scope, columns, nodes, references).ifPresent(embeds::add);
            } else if (e instanceof AllTableColumns tableStar) {
                tableStar(tableStar, scope, columns, nodes, references);
            } else if (e instanceof AllColumns) {
                star(e, scope, columns, nodes, references);
            } else {
                columns.add(expression(item, scope));
                nodes.add(item);
                continue;
            }
            if (columns.size() > before && references.size() == columns.size() - before) {
                stars.add(new Shape.StarExpansion(item, String.join(", ", references)));
            }
        }
        return new Shape(columns, nodes, stars, embeds);
    }

    static boolean isEmbed(Function f) {
        List<String> parts = f.getMultipartName();
        return parts.size() == 2 && parts.get(0).equalsIgnoreCase("sqlc") && parts.get(1).equalsIgnoreCase("embed");
    }

    /**
     * {@code sqlc.embed(t)}: the columns of table {@code t} as they are in the scope (an outer join
     * made them nullable there), grouped as one nested row of the table's model, which is absent
     * when the join found no partner.
     */
    private java.util.Optional<EmbedIr> embed(Function f, Scope scope, List<ScopeColumn> columns, List<Object> nodes,
            List<String> references) {
        Expression arg = f.getParameters() == null || f.getParameters().size() != 1 ? null : f.getParameters().get(0);
        if (!(arg instanceof Column c) || c.getTable() != null) {
            ctx.error("bad-embed", f, "sqlc.embed takes the name or alias of one table", "e.g. sqlc.embed(u)");
            return java.util.Optional.empty();
        }
        String name = ctx.rules().foldIdentifier(c.getColumnName());
        Relation relation = scope.relations().stream().filter(r -> r.answersTo(null, name)).findFirst().orElse(null);
        if (relation == null || relation.table() == null) {
            ctx.error("bad-embed", arg, relation == null ? "missing FROM-clause entry for table \"" + name + "\""
                    : "\"" + name + "\" is not a table, so it has no model to embed", null);
            return java.util.Optional.empty();
        }
        int first = columns.size();
        List<ScopeColumn> own = FromBinder.columnsOf(relation.table());
        ScopeColumn absentBecause = null;
        for (int i = 0; i < relation.columns().size(); i++) {
            ScopeColumn seen = relation.columns().get(i);
            columns.add(seen);
            nodes.add(f);
            references.add(quote(relation.name()) + "." + quote(seen.name()));
            if (absentBecause == null && seen.nullable() && !own.get(i).nullable()) {
                absentBecause = seen;
            }
        }
        return java.util.Optional.of(new EmbedIr(name, new dev.quarry.core.ir.QueryIr.TableRef(
                relation.table().schema(), relation.table().name()), first, relation.columns().size(),
                absentBecause != null, absentBecause == null ? null : absentBecause.reason()));
    }

    /** The aliases of a select list, which GROUP BY and ORDER BY may name. */
    List<String> aliases(List<SelectItem<?>> items) {
        List<String> names = new ArrayList<>();
        for (SelectItem<?> item : items) {
            if (item.getAlias() != null) {
                names.add(ctx.rules().foldIdentifier(item.getAlias().getName()));
            }
        }
        return names;
    }

    private void star(Object node, Scope scope, List<ScopeColumn> columns, List<Object> nodes,
            List<String> references) {
        if (scope.relations().isEmpty()) {
            ctx.error("star-without-from", node, "SELECT * with no tables specified is not valid", null);
            return;
        }
        for (ScopeColumn merged : scope.merged()) {
            columns.add(merged);
            nodes.add(node);
            references.add(quote(merged.name()));
        }
        for (Relation relation : scope.relations()) {
            for (ScopeColumn c : relation.columns()) {
                if (!scope.hiddenByMerge(relation, c)) {
                    columns.add(c);
                    nodes.add(node);
                    reference(relation, c, scope).ifPresent(references::add);
                }
            }
        }
    }

    /**
     * How a column a {@code *} stands for is written: bare when the query level reads one relation
     * (also the only form SQLite's RETURNING takes), else {@code rel.col}; none when the relation
     * has no name to qualify with.
     */
    private java.util.Optional<String> reference(Relation relation, ScopeColumn column, Scope scope) {
        if (relation.opaque()) {
            return java.util.Optional.empty();
        }
        if (scope.relations().size() == 1 && scope.merged().isEmpty()) {
            return java.util.Optional.of(quote(column.name()));
        }
        if (relation.name().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(quote(relation.name()) + "." + quote(column.name()));
    }

    /** An identifier as SQL text, quoted as the engine needs it. */
    private String quote(String name) {
        return ctx.rules().quoteIdentifier(name, RESERVED.contains(name.toLowerCase(Locale.ROOT)));
    }

    private static final java.util.Set<String> RESERVED = java.util.Set.of(
            "all", "and", "any", "array", "as", "asc", "both", "case", "cast", "check", "collate", "column", "constraint",
            "create", "current_date", "current_time", "current_timestamp", "current_user", "default", "desc", "distinct",
            "do", "else", "end", "except", "false", "for", "foreign", "from", "grant", "group", "having", "in", "into",
            "is", "join", "key", "leading", "limit", "not", "null", "offset", "on", "only", "or", "order", "primary",
            "references", "select", "table", "then", "to", "true", "union", "unique", "user", "using", "when", "where",
            "with", "window", "value", "values", "type", "level", "position");

    private void tableStar(AllTableColumns star, Scope scope, List<ScopeColumn> columns, List<Object> nodes,
            List<String> references) {
        String qualifier = ctx.rules().foldIdentifier(star.getTable().getName());
        String schema = star.getTable().getSchemaName() == null ? null
                : ctx.rules().foldIdentifier(star.getTable().getSchemaName());
        for (Relation relation : scope.relations()) {
            if (relation.answersTo(schema, qualifier)) {
                for (ScopeColumn c : relation.columns()) {
                    columns.add(c);
                    nodes.add(star);
                    reference(relation, c, scope).ifPresent(references::add);
                }
                return;
            }
        }
        ctx.error("unknown-table", star, "missing FROM-clause entry for table \"" + qualifier + "\"", null);
    }

    private ScopeColumn expression(SelectItem<?> item, Scope scope) {
        Expression e = item.getExpression();
        Typed typed = typer.typeWithin(e, scope, item);
        String name = item.getAlias() != null ? ctx.rules().foldIdentifier(item.getAlias().getName()) : defaultName(e);
        SqlType type = typed.type();
        if (type instanceof SqlType.Unknown && !typed.isParameter()) {
            type = BaseType.TEXT.type(); // PostgreSQL resolves an untyped literal in the output to text
        }
        return new ScopeColumn(name, type, typed.nullable(), typed.reason(), origin(e, scope));
    }

    /** The table column an output column is read from unchanged, if it is a plain reference. */
    private ColumnIr.ColumnOrigin origin(Expression expression, Scope scope) {
        Expression e = DateUnitNames.orColumn(expression, ctx);
        if (!(e instanceof Column c) || c.getArrayConstructor() != null) {
            return null;
        }
        String qualifier = c.getTable() == null || c.getTable().getName() == null ? null
                : ctx.rules().foldIdentifier(c.getTable().getName());
        String schema = c.getTable() == null || c.getTable().getSchemaName() == null ? null
                : ctx.rules().foldIdentifier(c.getTable().getSchemaName());
        Scope.Resolution r = scope.resolve(schema, qualifier, ctx.rules().foldIdentifier(c.getColumnName()));
        return r instanceof Scope.Found found ? found.column().origin() : null;
    }

    /** The column name PostgreSQL gives an expression without an alias. */
    String defaultName(Expression e) {
        if (DateUnitNames.orColumn(e, ctx) instanceof Column c) {
            return ctx.rules().foldIdentifier(c.getColumnName());
        }
        if (e instanceof Function f) {
            List<String> parts = f.getMultipartName();
            return ctx.rules().foldIdentifier(parts.get(parts.size() - 1)).toLowerCase(Locale.ROOT);
        }
        if (e instanceof AnalyticExpression a) {
            return a.getName().toLowerCase(Locale.ROOT);
        }
        if (e instanceof CastExpression cast) {
            String inner = defaultName(cast.getLeftExpression());
            return inner.equals("?column?") ? lastWord(cast.getColDataType().getDataType()) : inner;
        }
        if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            return defaultName(list.get(0));
        }
        if (e instanceof ParenthesedSelect sub && sub.getSelect() instanceof PlainSelect ps
                && ps.getSelectItems().size() == 1) {
            SelectItem<?> only = ps.getSelectItems().get(0);
            return only.getAlias() != null ? ctx.rules().foldIdentifier(only.getAlias().getName())
                    : defaultName(only.getExpression());
        }
        if (e instanceof CaseExpression) {
            return "case";
        }
        if (e instanceof ExistsExpression) {
            return "exists";
        }
        if (e instanceof ArrayConstructor) {
            return "array";
        }
        if (e instanceof BooleanValue) {
            return "bool";
        }
        if (e instanceof TimeKeyExpression key) {
            return key.getStringValue().toLowerCase(Locale.ROOT).replace("()", "");
        }
        if (e instanceof ExtractExpression) {
            return "extract";
        }
        if (e instanceof IntervalExpression) {
            return "interval";
        }
        if (e instanceof DateTimeLiteralExpression literal) {
            return literal.getType().name().toLowerCase(Locale.ROOT);
        }
        return "?column?";
    }

    /** {@code character varying} is named {@code varchar} by PostgreSQL; other types by their last word. */
    private String lastWord(String typeName) {
        SqlType t = ctx.rules().resolveType(typeName, ctx.catalog());
        return t instanceof SqlType.Scalar s && s.base() != BaseType.OTHER ? s.name() : typeName.toLowerCase(Locale.ROOT);
    }
}

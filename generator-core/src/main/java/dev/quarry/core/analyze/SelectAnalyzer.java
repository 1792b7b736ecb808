package dev.quarry.core.analyze;

import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import org.jspecify.annotations.Nullable;

/**
 * Analyzes SELECT in all its forms (plain, set operations, parenthesized, VALUES, with WITH) into
 * the columns it outputs. Each query level gets its own scope.
 */
final class SelectAnalyzer {
    private final QueryContext ctx;
    private final ExpressionTyper typer;
    private final FromBinder from;
    private final OutputColumns outputs;
    private final CteBinder ctes;
    private final SetOperations setOperations;
    private final DmlAnalyzer dml;

    SelectAnalyzer(QueryContext ctx) {
        this.ctx = ctx;
        this.typer = new ExpressionTyper(ctx, this);
        this.from = new FromBinder(ctx, this, typer);
        this.outputs = new OutputColumns(ctx, typer);
        this.ctes = new CteBinder(ctx, this);
        this.setOperations = new SetOperations(ctx, this, typer);
        this.dml = new DmlAnalyzer(ctx, this);
    }

    OutputColumns outputs() {
        return outputs;
    }

    DmlAnalyzer dml() {
        return dml;
    }

    ExpressionTyper typer() {
        return typer;
    }

    FromBinder from() {
        return from;
    }

    CteBinder ctes() {
        return ctes;
    }

    /** The columns of a select, in a scope that is already this query level's own. */
    List<ScopeColumn> analyze(Select select, Scope scope) {
        return shape(select, scope).columns();
    }

    Shape shape(Select select, Scope scope) {
        Scope s = ctes.bind(select.getWithItemsList(), scope);
        if (select instanceof PlainSelect plain) {
            return plain(plain, s);
        }
        if (select instanceof SetOperationList set) {
            return setOperations.shape(set, s);
        }
        if (select instanceof ParenthesedSelect parenthesed) {
            Shape inner = shape(parenthesed.getSelect(), s.child());
            limit(select.getLimit(), select.getOffset(), s);
            return inner;
        }
        if (select instanceof Values values) {
            return values(values, s);
        }
        ctx.error("unsupported-statement", select, "this form of SELECT is not supported yet", null);
        return Shape.empty();
    }

    private Shape plain(PlainSelect ps, Scope scope) {
        Scope s = from.bind(ps.getFromItem(), ps.getJoins(), scope);
        typer.condition(ps.getWhere(), s, "WHERE");
        GroupByElement groupBy = ps.getGroupBy();
        boolean grouped = groupBy != null && groupBy.getGroupByExpressionList() != null
                && !groupBy.getGroupByExpressionList().isEmpty();
        Shape shape;
        Scope g = s.withGrouping(grouped);
        if (grouped) {
            List<String> aliases = outputs.aliases(ps.getSelectItems());
            for (Expression e : (ExpressionList<?>) groupBy.getGroupByExpressionList()) {
                if (!refersToOutput(e, aliases)) {
                    typer.type(e, s);
                }
            }
        }
        typer.condition(ps.getHaving(), g, "HAVING");
        shape = outputs.expand(ps.getSelectItems(), g);
        orderBy(ps.getOrderByElements(), g, shape);
        limit(ps.getLimit(), ps.getOffset(), g);
        return shape;
    }

    /** ORDER BY may name output columns or their positions; anything else is typed in the query's scope. */
    void orderBy(@Nullable List<OrderByElement> elements, Scope scope, Shape shape) {
        if (elements == null) {
            return;
        }
        List<String> names = shape.columns().stream().map(ScopeColumn::name).toList();
        for (OrderByElement element : elements) {
            if (!refersToOutput(element.getExpression(), names)) {
                typer.type(element.getExpression(), scope);
            }
        }
    }

    private boolean refersToOutput(Expression e, List<String> names) {
        if (e instanceof LongValue) {
            return true;
        }
        if (DateUnitNames.orColumn(e, ctx) instanceof Column c && c.getTable() == null) {
            String name = ctx.rules().foldIdentifier(c.getColumnName());
            return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
        }
        return false;
    }

    void limit(@Nullable Limit limit, @Nullable Offset offset, Scope scope) {
        SqlType int8 = BaseType.INT8.type();
        if (limit != null && limit.getRowCount() != null) {
            typer.typeAs(limit.getRowCount(), scope, int8, "limit", "LIMIT");
        }
        if (limit != null && limit.getOffset() != null) {
            typer.typeAs(limit.getOffset(), scope, int8, "offset", "OFFSET");
        }
        if (offset != null && offset.getOffset() != null) {
            typer.typeAs(offset.getOffset(), scope, int8, "offset", "OFFSET");
        }
    }

    /** {@code VALUES (1, 'a'), (2, 'b')}: columns column1, column2, ... of each position's common type. */
    private Shape values(Values values, Scope scope) {
        List<List<Typed>> rows = new ArrayList<>();
        for (List<Expression> row : rows(values)) {
            List<Typed> typedRow = new ArrayList<>();
            for (Expression e : row) {
                typedRow.add(typer.type(e, scope));
            }
            rows.add(typedRow);
        }
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        List<ScopeColumn> columns = new ArrayList<>();
        List<Object> nodes = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            List<Typed> column = new ArrayList<>();
            for (List<Typed> row : rows) {
                if (row.size() != width) {
                    ctx.error("values-width", values, "VALUES lists must all be the same length", null);
                    return Shape.empty();
                }
                column.add(row.get(i));
            }
            Typed t = typer.unify(column, values, "VALUES column " + (i + 1));
            SqlType type = t.type() instanceof SqlType.Unknown ? BaseType.TEXT.type() : t.type();
            columns.add(new ScopeColumn("column" + (i + 1), type, t.nullable(), t.reason(), null));
            nodes.add(values);
        }
        return new Shape(columns, nodes);
    }

    /**
     * The rows of a VALUES list. JSqlParser gives several rows as a list of parenthesized lists, but
     * a single row as the list of its values.
     */
    static List<List<Expression>> rows(Values values) {
        ExpressionList<?> list = values.getExpressions();
        List<List<Expression>> rows = new ArrayList<>();
        boolean allRows = !list.isEmpty() && list.stream().allMatch(e -> e instanceof ParenthesedExpressionList<?>);
        if (allRows && list.size() > 1 || allRows && !(list instanceof ParenthesedExpressionList<?>)) {
            for (Expression row : list) {
                rows.add(new ArrayList<>((ParenthesedExpressionList<?>) row));
            }
        } else {
            rows.add(new ArrayList<>(list));
        }
        return rows;
    }

    /**
     * A subquery used as a value: its one column; NULL when it returns no row, unless it always
     * returns exactly one (an aggregate without GROUP BY, or no FROM at all).
     */
    Typed scalarSubquery(ParenthesedSelect sub, Scope scope) {
        List<ScopeColumn> columns = analyze(sub, scope.child());
        if (columns.size() != 1) {
            ctx.error("subquery-columns", sub, "subquery must return exactly one column, not " + columns.size(), null);
            return Typed.nullable(SqlType.UNKNOWN, "subquery");
        }
        ScopeColumn column = columns.get(0);
        if (SingleRow.always(sub)) {
            return column.typed();
        }
        return Typed.nullable(column.type(), "scalar subquery at " + ctx.location(sub) + " may return no row");
    }
}

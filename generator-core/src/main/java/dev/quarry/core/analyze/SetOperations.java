package dev.quarry.core.analyze;

import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.config.Engine;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.UnionOp;
import net.sf.jsqlparser.statement.select.IntersectOp;
import net.sf.jsqlparser.statement.select.ExceptOp;
import net.sf.jsqlparser.statement.select.MinusOp;

/**
 * UNION, INTERSECT and EXCEPT: columns take the common type of each position; a column is
 * nullable after UNION if it is in either arm, after INTERSECT only if in both, after EXCEPT as in
 * the left arm. Names come from the first arm.
 */
final class SetOperations {
    private final QueryContext ctx;
    private final SelectAnalyzer selects;
    private final ExpressionTyper typer;

    SetOperations(QueryContext ctx, SelectAnalyzer selects, ExpressionTyper typer) {
        this.ctx = ctx;
        this.selects = selects;
        this.typer = typer;
    }

    Shape shape(SetOperationList set, Scope scope) {
        List<Select> arms = set.getSelects();
        Shape result = selects.shape(arms.get(0), scope.child());
        boolean postgres = ctx.rules().engine() == Engine.POSTGRESQL;
        boolean leftIsLeaf = postgres && arms.get(0) instanceof PlainSelect;
        for (int i = 1; i < arms.size(); i++) {
            Shape arm = selects.shape(arms.get(i), scope.child());
            result = combine(result, leftIsLeaf, arm, postgres && arms.get(i) instanceof PlainSelect, set.getOperation(i - 1),
                    arms.get(i));
            leftIsLeaf = false;
        }
        Scope outputScope = scope.withRelations(List.of(new Relation("", null, result.columns(), null)), List.of(),
                java.util.Set.of());
        selects.orderBy(set.getOrderByElements(), outputScope, result);
        selects.limit(set.getLimit(), set.getOffset(), scope);
        return result;
    }

    private Shape combine(Shape left, boolean leftIsLeaf, Shape right, boolean rightIsLeaf, SetOperation op,
            Object node) {
        if (left.columns().size() != right.columns().size()) {
            ctx.error("set-operation-width", node, "each " + keyword(op) + " query must have the same number of columns ("
                    + left.columns().size() + " and " + right.columns().size() + ")", null);
            return left;
        }
        List<ScopeColumn> merged = new ArrayList<>();
        for (int i = 0; i < left.columns().size(); i++) {
            ScopeColumn l = left.columns().get(i);
            ScopeColumn r = right.columns().get(i);
            SqlType lType = leftIsLeaf && untypedLiteral(left.nodes().get(i)) ? SqlType.UNKNOWN : l.type();
            SqlType rType = rightIsLeaf && untypedLiteral(right.nodes().get(i)) ? SqlType.UNKNOWN : r.type();
            SqlType type = typer.commonTypes().resolve(List.of(lType, rType)).orElse(null);
            if (type == null) {
                ctx.error("type-mismatch", right.nodes().get(i), keyword(op) + " types " + l.type().name() + " and "
                        + r.type().name() + " cannot be matched", "cast one of them");
                type = l.type();
            }
            boolean nullable;
            String reason;
            if (op instanceof UnionOp) {
                nullable = l.nullable() || r.nullable();
                reason = l.nullable() ? l.reason() : r.reason();
            } else if (op instanceof IntersectOp) {
                nullable = l.nullable() && r.nullable();
                reason = l.reason();
            } else {
                nullable = l.nullable();
                reason = l.reason();
            }
            ColumnIr.ColumnOrigin origin = Objects.equals(l.origin(), r.origin()) ? l.origin() : null;
            merged.add(new ScopeColumn(l.name(), type, nullable, reason, origin));
        }
        List<Shape.StarExpansion> stars = new ArrayList<>(left.stars());
        stars.addAll(right.stars());
        return new Shape(merged, left.nodes(), stars, left.embeds());
    }

    /**
     * A string literal or NULL selected by an arm itself: PostgreSQL leaves it untyped until the set
     * operation's common type is chosen, so {@code SELECT status ... UNION SELECT 'paid'} is of the
     * enum type, where a literal selected on its own is text.
     */
    private static boolean untypedLiteral(Object node) {
        Object e = node instanceof SelectItem<?> item ? item.getExpression() : node;
        while (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            e = list.get(0);
        }
        return e instanceof StringValue || e instanceof NullValue;
    }

    private static String keyword(SetOperation op) {
        if (op instanceof IntersectOp) {
            return "INTERSECT";
        }
        if (op instanceof ExceptOp || op instanceof MinusOp) {
            return "EXCEPT";
        }
        return "UNION";
    }
}

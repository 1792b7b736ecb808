package dev.quarry.core.analyze;

import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Whether a subquery always returns exactly one row: a SELECT without FROM, or an aggregate
 * query without GROUP BY, HAVING or LIMIT. Only then can a scalar subquery be non-null.
 */
final class SingleRow {
    private static final Set<String> AGGREGATES = Set.of(
            "count", "sum", "avg", "min", "max", "bool_and", "bool_or", "every", "array_agg", "string_agg",
            "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg", "bit_and", "bit_or", "stddev",
            "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "group_concat", "total");

    private SingleRow() {}

    static boolean always(Select select) {
        if (select instanceof ParenthesedSelect p) {
            return p.getLimit() == null && p.getOffset() == null && always(p.getSelect());
        }
        if (!(select instanceof PlainSelect ps)) {
            return false;
        }
        if (ps.getGroupBy() != null || ps.getHaving() != null || ps.getLimit() != null || ps.getOffset() != null
                || ps.getFetch() != null || ps.getWhere() != null && ps.getFromItem() == null) {
            return false;
        }
        if (ps.getFromItem() == null) {
            return true;
        }
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (containsAggregate(item.getExpression())) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAggregate(Expression e) {
        if (e instanceof AnalyticExpression a) {
            return a.getType() == net.sf.jsqlparser.expression.AnalyticType.FILTER_ONLY
                    && AGGREGATES.contains(a.getName().toLowerCase(Locale.ROOT));
        }
        if (e instanceof Function f) {
            if (f.getName() != null && AGGREGATES.contains(f.getName().toLowerCase(Locale.ROOT))) {
                return true;
            }
            return f.getParameters() != null && anyAggregate(f.getParameters());
        }
        if (e instanceof BinaryExpression b) {
            return containsAggregate(b.getLeftExpression()) || containsAggregate(b.getRightExpression());
        }
        if (e instanceof CastExpression c) {
            return containsAggregate(c.getLeftExpression());
        }
        if (e instanceof ExpressionList<?> list) {
            return anyAggregate(list);
        }
        if (e instanceof CaseExpression c) {
            for (WhenClause w : c.getWhenClauses()) {
                if (containsAggregate(w.getThenExpression())) {
                    return true;
                }
            }
            return c.getElseExpression() != null && containsAggregate(c.getElseExpression());
        }
        return false;
    }

    private static boolean anyAggregate(ExpressionList<?> list) {
        for (Expression e : list) {
            if (containsAggregate(e)) {
                return true;
            }
        }
        return false;
    }
}

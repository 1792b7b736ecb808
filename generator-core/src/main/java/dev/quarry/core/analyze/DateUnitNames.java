package dev.quarry.core.analyze;

import net.sf.jsqlparser.expression.DateUnitExpression;
import net.sf.jsqlparser.schema.Column;

/**
 * JSqlParser 5.4 reads {@code day}, {@code week}, {@code month}, {@code year}, {@code hour}, ... as
 * date units wherever they stand, for the sake of {@code TIMESTAMPDIFF(DAY, a, b)}; MySQL and
 * PostgreSQL take them as column names everywhere else ({@code WHERE day = ?}). Such a unit is read
 * as a column of that name (as written) when the scope has one.
 */
final class DateUnitNames {
    /** Functions whose first argument is a unit, never a column: {@code TIMESTAMPDIFF(HOUR, a, b)}. */
    private static final java.util.Set<String> UNIT_FIRST = java.util.Set.of("timestampdiff", "timestampadd");

    private DateUnitNames() {}

    /** A unit where one is expected: no value of its own, so nothing to type. */
    static Typed unit() {
        return new Typed(dev.quarry.core.types.SqlType.UNKNOWN, false, null, Typed.Origin.UNTYPED_LITERAL, 0);
    }

    /** Whether the call's first argument is a unit whatever columns the scope has. */
    static boolean unitFirst(String function, java.util.List<net.sf.jsqlparser.expression.Expression> args) {
        return UNIT_FIRST.contains(function) && !args.isEmpty() && args.get(0) instanceof DateUnitExpression;
    }

    /** The unit as a column reference, positioned where the unit is (a new node; the parsed tree stays as it is). */
    static Column asColumn(DateUnitExpression unit, QueryContext ctx) {
        dev.quarry.core.source.Span span = ctx.span(unit);
        String written = span.file().text().substring(span.start(), span.end());
        Column column = new Column(written.isBlank() ? unit.getType().name() : written.strip());
        column.setASTNode(unit.getASTNode());
        return column;
    }

    /** The expression, with a date unit read as the column reference it stands for. */
    static net.sf.jsqlparser.expression.Expression orColumn(net.sf.jsqlparser.expression.Expression e,
            QueryContext ctx) {
        return e instanceof DateUnitExpression unit ? asColumn(unit, ctx) : e;
    }

    /** Whether a column of the unit's name is in scope: then the unit is that column. */
    static boolean namesAColumn(DateUnitExpression unit, QueryContext ctx, Scope scope) {
        String name = ctx.rules().foldIdentifier(asColumn(unit, ctx).getColumnName());
        return scope.resolve(null, null, name) instanceof Scope.Found;
    }
}

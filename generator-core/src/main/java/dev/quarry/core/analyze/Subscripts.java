package dev.quarry.core.analyze;

import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JsonExpression;

/**
 * {@code a[i]}, {@code a[i:j]} and {@code jsonb['key']}: an index is int4 and gives the element,
 * NULL when out of range; a slice (JSqlParser reads {@code i:j} as a JSON expression) gives the
 * array type, an empty array when out of range; a jsonb subscript gives jsonb, NULL for a missing key.
 */
final class Subscripts {
    private final QueryContext ctx;
    private final ExpressionTyper typer;

    Subscripts(QueryContext ctx, ExpressionTyper typer) {
        this.ctx = ctx;
        this.typer = typer;
    }

    Typed apply(Typed base, List<? extends Expression> subscripts, Object node, Scope scope) {
        if (base.type() instanceof SqlType.Array array) {
            boolean slice = false;
            for (Expression s : subscripts) {
                if (s instanceof JsonExpression range && range.getOperators().stream().allMatch(":"::equals)) {
                    slice = true;
                    index(range.getExpression(), scope);
                    range.getIdentList().stream().map(Map.Entry::getKey).forEach(bound -> index(bound, scope));
                } else {
                    index(s, scope);
                }
            }
            return slice ? base : Typed.nullable(array.element(), "array subscript at " + ctx.location(node)
                    + " may be out of range");
        }
        if (base.type() instanceof SqlType.Scalar scalar && scalar.base() == BaseType.JSONB) {
            for (Expression s : subscripts) {
                Typed key = typer.type(s, scope);
                if (key.isParameter() || key.isUntyped()) {
                    typer.coerce(key, BaseType.TEXT.type(), null, "jsonb subscript");
                }
            }
            return Typed.nullable(base.type(), "jsonb subscript at " + ctx.location(node)
                    + " gives NULL when the key is missing");
        }
        subscripts.forEach(s -> typer.type(s, scope));
        if (!(base.type() instanceof SqlType.Unknown)) {
            ctx.error("type-mismatch", node, "cannot subscript type " + base.type().name() + " because it is not an array",
                    null);
        }
        return Typed.nullable(SqlType.UNKNOWN, "subscript of a non-array");
    }

    private void index(Expression e, Scope scope) {
        if (e != null) {
            typer.typeAs(e, scope, BaseType.INT4.type(), null, "array subscript");
        }
    }
}

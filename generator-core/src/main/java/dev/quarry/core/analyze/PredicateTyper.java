package dev.quarry.core.analyze;

import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.FunctionMatch;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/** The predicates that take lists, ranges and subqueries: IN, BETWEEN, EXISTS, ANY/ALL, and JSON paths. */
final class PredicateTyper {
    private static final SqlType BOOL = BaseType.BOOL.type();

    private final QueryContext ctx;
    private final ExpressionTyper typer;
    private final OperatorTyper operators;

    PredicateTyper(QueryContext ctx, ExpressionTyper typer, OperatorTyper operators) {
        this.ctx = ctx;
        this.typer = typer;
        this.operators = operators;
    }

    Typed in(InExpression in, Scope scope) {
        Typed left = typer.type(in.getLeftExpression(), scope);
        Expression right = in.getRightExpression();
        if (right instanceof ParenthesedSelect sub) {
            Typed column = subqueryColumn(sub, scope, in);
            typer.coerce(left, column.type(), null, "IN subquery");
            return OperatorTyper.either(BOOL, left, column);
        }
        if (right instanceof ExpressionList<?> list) {
            if (list.size() == 1 && list.get(0) instanceof JdbcParameter p && p.getIndex() != null
                    && ctx.params().isSlice(p.getIndex())) {
                ctx.params().sliceInList(p.getIndex());
            }
            List<Typed> values = new ArrayList<>();
            values.add(left);
            for (Expression item : list) {
                Typed value = typer.type(item, scope);
                // a parameter in the list is compared with the left column: it takes that column's overrides
                typer.bindToColumn(value, in.getLeftExpression(), scope);
                values.add(value);
            }
            SqlType common = typer.commonTypes().resolve(values.stream().map(Typed::type).toList()).orElse(null);
            if (common == null) {
                ctx.error("type-mismatch", in, "IN list types " + values.stream().map(v -> v.type().name()).distinct().toList()
                        + " do not match", "cast the values to the column's type");
                return Typed.nonNull(BOOL);
            }
            String hint = operators.hint(in.getLeftExpression());
            Typed result = Typed.nonNull(BOOL);
            for (Typed v : values) {
                typer.coerce(v, common, hint, "IN list");
                if (v.nullable() && !result.nullable()) {
                    result = Typed.nullable(BOOL, v.reason());
                }
            }
            return result;
        }
        Typed other = typer.type(right, scope);
        return OperatorTyper.either(BOOL, left, other);
    }

    Typed between(Between between, Scope scope) {
        Typed value = typer.type(between.getLeftExpression(), scope);
        Typed low = typer.type(between.getBetweenExpressionStart(), scope);
        Typed high = typer.type(between.getBetweenExpressionEnd(), scope);
        String hint = operators.hint(between.getLeftExpression());
        // x BETWEEN a AND b is x >= a AND x <= b: each bound is typed by its operator
        if (!value.isUntyped()) {
            typer.coerce(low, operators.operandType(">=", value.type(), null, 1), hint == null ? null : hint + "_from",
                    "BETWEEN lower bound");
            typer.coerce(high, operators.operandType("<=", value.type(), null, 1), hint == null ? null : hint + "_to",
                    "BETWEEN upper bound");
        } else {
            SqlType common = typer.commonTypes().resolve(List.of(low.type(), high.type())).orElse(low.type());
            typer.coerce(value, common, null, "BETWEEN");
        }
        return OperatorTyper.either(BOOL, value, low, high);
    }

    Typed exists(ExistsExpression exists, Scope scope) {
        Expression right = exists.getRightExpression();
        if (right instanceof Select select) {
            typer.selects().analyze(select, scope.child());
        } else {
            typer.type(right, scope);
        }
        return Typed.nonNull(BOOL);
    }

    /**
     * The steps of a JSON path. JSqlParser reads {@code doc -> 'a' ->> 'b'} as one step whose key is
     * {@code 'a' ->> 'b'}; unrolled, that is two steps.
     */
    private static void flatten(JsonExpression json, List<Expression> keys, List<String> ops) {
        List<Expression> idents = json.getIdents();
        for (int i = 0; i < idents.size(); i++) {
            Expression key = idents.get(i);
            if (key instanceof JsonExpression nested) {
                keys.add(nested.getExpression());
                ops.add(json.getOperators().get(i));
                flatten(nested, keys, ops);
            } else {
                keys.add(key);
                ops.add(json.getOperators().get(i));
            }
        }
    }

    /** The single column of a subquery used as a value list (IN, ANY, scalar comparison). */
    Typed subqueryColumn(Select select, Scope scope, Object node) {
        List<ScopeColumn> columns = typer.selects().analyze(select, scope.child());
        if (columns.size() != 1) {
            ctx.error("subquery-columns", node, "subquery must return exactly one column, not " + columns.size(), null);
            return Typed.nullable(SqlType.UNKNOWN, "subquery");
        }
        return columns.get(0).typed();
    }

    /** {@code x = ANY(array)}: the array's elements are compared with x. */
    Typed arrayQuantifier(Typed left, Expression leftExpr, Function quantifier, Scope scope) {
        ExpressionList<?> args = quantifier.getParameters();
        if (args == null || args.size() != 1) {
            ctx.error("unsupported-expression", quantifier, quantifier.getName() + " takes one array", null);
            return Typed.nonNull(BOOL);
        }
        Typed array = typer.type(args.get(0), scope);
        String hint = operators.hint(leftExpr);
        typer.suggestName(args.get(0), hint == null ? null : hint + "s");
        if (array.isUntyped() && !left.isUntyped()) {
            SqlType element = operators.operandType("=", left.type(), null, 1);
            array = typer.coerce(array, new SqlType.Array(element), hint == null ? null : hint + "s", "ANY array");
        } else if (array.type() instanceof SqlType.Array a) {
            typer.coerce(left, a.element(), null, "ANY element");
        }
        return OperatorTyper.either(BOOL, left, array);
    }

    private static final Set<String> TEXT_RESULT = Set.of("->>", "#>>");

    /**
     * {@code doc -> 'key' ->> 'name'}: each step through the operator catalog. A missing key gives
     * NULL, so the result is always nullable.
     */
    Typed jsonPath(JsonExpression json, Scope scope) {
        Typed current = typer.type(json.getExpression(), scope);
        List<Expression> keys = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        flatten(json, keys, ops);
        for (int i = 0; i < keys.size(); i++) {
            String op = ops.get(i);
            Typed key = typer.type(keys.get(i), scope);
            if (key.isUntyped()) {
                SqlType keyType = op.startsWith("#") ? new SqlType.Array(BaseType.TEXT.type())
                        : keys.get(i) instanceof LongValue ? BaseType.INT4.type() : BaseType.TEXT.type();
                key = typer.coerce(key, keyType, "key", "JSON key");
            }
            Optional<FunctionMatch> match = ctx.functions().resolveOperator(op, current.type(), key.type());
            if (match.isEmpty() && ctx.rules() == EngineRules.POSTGRESQL && !current.isUntyped()
                    && current.type() instanceof SqlType.Scalar s && s.base() != BaseType.JSON && s.base() != BaseType.JSONB
                    && s.base() != BaseType.OTHER) {
                // JSON operators on a built-in type that is not JSON (an extension type such as hstore may have them)
                ctx.errorAt("unknown-operator", ctx.spanOf(json, json.getExpression(), keys.get(i)),
                        "operator does not exist: " + current.type().name() + " " + op + " " + typer.type(keys.get(i),
                                scope).type().name(), "cast one of the operands");
                return Typed.nullable(SqlType.UNKNOWN, "unknown operator");
            }
            SqlType result = match.map(FunctionMatch::returnType)
                    .orElse(TEXT_RESULT.contains(op) ? BaseType.TEXT.type() : current.type());
            current = Typed.nullable(result, "JSON operator " + op + " at " + ctx.location(json)
                    + " gives NULL when the key is missing");
        }
        return current;
    }
}

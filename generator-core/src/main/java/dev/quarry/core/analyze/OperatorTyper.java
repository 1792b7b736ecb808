package dev.quarry.core.analyze;

import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.FunctionMatch;
import dev.quarry.core.types.SqlType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.SimilarToExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import org.jspecify.annotations.Nullable;

/**
 * Types operators: arithmetic and concatenation through the engine's operator catalog, and the
 * predicates (comparisons, LIKE, IN, BETWEEN, IS, EXISTS, AND/OR/NOT), which are boolean. An
 * untyped parameter or literal next to a typed operand takes that operand's type, as in PostgreSQL.
 */
final class OperatorTyper {
    private static final SqlType BOOL = BaseType.BOOL.type();

    private final QueryContext ctx;
    private final ExpressionTyper typer;
    private final PredicateTyper predicates;

    OperatorTyper(QueryContext ctx, ExpressionTyper typer) {
        this.ctx = ctx;
        this.typer = typer;
        this.predicates = new PredicateTyper(ctx, typer, this);
    }

    Typed type(Expression e, Scope scope) {
        if (e instanceof AndExpression || e instanceof OrExpression || e instanceof XorExpression) {
            BinaryExpression b = (BinaryExpression) e;
            Typed l = typer.typeAs(b.getLeftExpression(), scope, BOOL, null, "boolean operand");
            Typed r = typer.typeAs(b.getRightExpression(), scope, BOOL, null, "boolean operand");
            return either(BOOL, l, r);
        }
        if (e instanceof NotExpression not) {
            Typed inner = typer.typeAs(not.getExpression(), scope, BOOL, null, "NOT operand");
            return Typed.of(BOOL, inner.nullable(), inner.reason());
        }
        if (e instanceof ComparisonOperator cmp) {
            return comparison(cmp.getStringExpression(), cmp.getLeftExpression(), cmp.getRightExpression(), scope, e);
        }
        if (e instanceof LikeExpression || e instanceof SimilarToExpression || e instanceof RegExpMatchOperator) {
            BinaryExpression b = (BinaryExpression) e;
            Typed l = typer.typeAs(b.getLeftExpression(), scope, BaseType.TEXT.type(), null, "pattern match");
            Typed r = typer.typeAs(b.getRightExpression(), scope, BaseType.TEXT.type(), hint(b.getLeftExpression()),
                    "pattern");
            return either(BOOL, l, r);
        }
        if (e instanceof InExpression in) {
            return predicates.in(in, scope);
        }
        if (e instanceof Between between) {
            return predicates.between(between, scope);
        }
        if (e instanceof IsNullExpression isNull) {
            typer.type(isNull.getLeftExpression(), scope);
            return Typed.nonNull(BOOL);
        }
        if (e instanceof IsBooleanExpression isBool) {
            typer.typeAs(isBool.getLeftExpression(), scope, BOOL, null, "IS TRUE/FALSE operand");
            return Typed.nonNull(BOOL);
        }
        if (e instanceof IsDistinctExpression distinct) {
            comparison("=", distinct.getLeftExpression(), distinct.getRightExpression(), scope, e);
            return Typed.nonNull(BOOL);
        }
        if (e instanceof ExistsExpression exists) {
            return predicates.exists(exists, scope);
        }
        if (e instanceof JsonExpression json) {
            return predicates.jsonPath(json, scope);
        }
        if (e instanceof BinaryExpression b) {
            return operator(b.getStringExpression(), b.getLeftExpression(), b.getRightExpression(), scope, e);
        }
        if (e instanceof net.sf.jsqlparser.expression.JsonFunction json && ctx.rules() == EngineRules.SQLITE) {
            return sqliteJsonConstructor(json, scope);
        }
        ctx.error("unsupported-expression", e, "expressions of this kind are not supported yet: "
                + e.getClass().getSimpleName(), null);
        return Typed.nullable(SqlType.UNKNOWN, "unsupported expression");
    }

    /** A binary operator whose result type the catalog knows ({@code +}, {@code ||}, {@code ->}, ...). */
    Typed operator(String op, Expression leftExpr, Expression rightExpr, Scope scope, Object node) {
        Typed[] sides = pair(typer.type(leftExpr, scope), typer.type(rightExpr, scope), leftExpr, rightExpr, op);
        Typed left = sides[0];
        Typed right = sides[1];
        if (left.isUntyped() || right.isUntyped()) {
            return Typed.of(SqlType.UNKNOWN, left.nullable() || right.nullable(), first(left, right));
        }
        Optional<FunctionMatch> match = ctx.functions().resolveOperator(op, left.type(), right.type());
        if (match.isEmpty()) {
            if (left.type().equals(right.type()) && ARITHMETIC.contains(op)) {
                return either(left.type(), left, right);
            }
            ctx.errorAt("unknown-operator", ctx.spanOf(node, leftExpr, rightExpr), "operator does not exist: "
                    + left.type().name() + " " + op + " " + right.type().name(), "cast one of the operands");
            return Typed.nullable(SqlType.UNKNOWN, "unknown operator");
        }
        return either(match.get().returnType(), left, right);
    }

    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%");

    /** A comparison: both sides get one type; the result is boolean. */
    Typed comparison(String op, Expression leftExpr, Expression rightExpr, Scope scope, Object node) {
        Typed left = typer.type(leftExpr, scope);
        if (rightExpr instanceof AnyComparisonExpression any) {
            Typed element = predicates.subqueryColumn(any.getSelect(), scope, node);
            typer.coerce(left, element.type(), null, "comparison with " + any.getAnyType());
            return either(BOOL, left, element);
        }
        if (rightExpr instanceof Function f && isQuantifier(f)) {
            return predicates.arrayQuantifier(left, leftExpr, f, scope);
        }
        if (rightExpr instanceof ParenthesedSelect sub) {
            Typed element = predicates.subqueryColumn(sub, scope, node);
            typer.coerce(left, element.type(), null, "comparison with a subquery");
            return either(BOOL, left, element.withNullable(true, "scalar subquery may return no row"));
        }
        Typed right = typer.type(rightExpr, scope);
        typer.suggestName(rightExpr, hint(leftExpr));
        typer.suggestName(leftExpr, hint(rightExpr));
        // col = $1: the parameter stands for that column's values (and shares its type override)
        typer.bindToColumn(left, rightExpr, scope);
        typer.bindToColumn(right, leftExpr, scope);
        Typed[] sides = pair(left, right, leftExpr, rightExpr, op);
        left = sides[0];
        right = sides[1];
        if (!left.isUntyped() && !right.isUntyped() && !left.isParameter() && !right.isParameter()
                && !comparable(op, left.type(), right.type())) {
            ctx.error("unknown-operator", node, "operator does not exist: " + left.type().name() + " " + op + " "
                    + right.type().name(), "cast one of the operands");
        }
        return either(BOOL, left, right);
    }

    private boolean comparable(String op, SqlType left, SqlType right) {
        if (left.equals(right) || typer.commonTypes().resolve(List.of(left, right)).isPresent()) {
            return true;
        }
        return ctx.functions().resolveOperator(op, left, right).isPresent();
    }

    static boolean isQuantifier(Function f) {
        String n = f.getName() == null ? "" : f.getName().toUpperCase(java.util.Locale.ROOT);
        return n.equals("ANY") || n.equals("ALL") || n.equals("SOME");
    }

    /**
     * Gives an untyped side the type the operator takes there: {@code varchar_col = $1} resolves to
     * {@code text = text}, so $1 is text, as the server describes it.
     */
    private Typed[] pair(Typed left, Typed right, Expression leftExpr, Expression rightExpr, String op) {
        // a parameter typed elsewhere is inferred again here, so a second, different use is reported as such
        boolean leftOpen = left.isUntyped() || left.isParameter();
        boolean rightOpen = right.isUntyped() || right.isParameter();
        if (leftOpen && !rightOpen) {
            left = typer.coerce(left, operandType(op, null, right.type(), 0), hint(rightExpr), "operand of " + op);
        } else if (rightOpen && !leftOpen) {
            right = typer.coerce(right, operandType(op, left.type(), null, 1), hint(leftExpr), "operand of " + op);
        } else if (left.isUntyped() && right.isUntyped()) {
            // '%' || $1: the operator's candidates decide ('string' category first), as the server does
            Optional<FunctionMatch> match = ctx.functions().resolveOperator(op, SqlType.UNKNOWN, SqlType.UNKNOWN);
            if (match.isPresent() && match.get().paramTypes().size() == 2) {
                left = typer.coerce(left, match.get().paramTypes().get(0), hint(rightExpr), "operand of " + op);
                right = typer.coerce(right, match.get().paramTypes().get(1), hint(leftExpr), "operand of " + op);
            }
        }
        return new Typed[] {left, right};
    }

    /**
     * The type an operator takes at {@code side} when the other operand is known and this one is
     * not; the known operand's type when the catalog has no answer.
     */
    SqlType operandType(String op, @Nullable SqlType left, @Nullable SqlType right, int side) {
        SqlType l = left == null ? SqlType.UNKNOWN : left;
        SqlType r = right == null ? SqlType.UNKNOWN : right;
        Optional<FunctionMatch> match = ctx.functions().resolveOperator(op, l, r);
        if (match.isPresent() && match.get().paramTypes().size() == 2) {
            SqlType t = match.get().paramTypes().get(side);
            if (!(t instanceof SqlType.Unknown)) {
                return t;
            }
        }
        return side == 0 ? r : l;
    }

    /** A name for a parameter compared with this expression: the column's name. */
    @Nullable String hint(Expression e) {
        if (DateUnitNames.orColumn(e, ctx) instanceof Column c) {
            return ctx.rules().foldIdentifier(c.getColumnName());
        }
        return null;
    }

    /** A value of {@code type} that is NULL when any operand is (strict operators). */
    static Typed either(SqlType type, Typed... operands) {
        for (Typed t : operands) {
            if (t.nullable()) {
                return Typed.nullable(type, t.reason());
            }
        }
        return Typed.nonNull(type);
    }

    private static @Nullable String first(Typed a, Typed b) {
        return a.nullable() ? a.reason() : b.reason();
    }

    /**
     * JSqlParser reads SQLite's {@code json_object(...)} and {@code json_array(...)} as SQL/JSON
     * constructors; in SQLite they return JSON text, never NULL.
     */
    private Typed sqliteJsonConstructor(net.sf.jsqlparser.expression.JsonFunction json, Scope scope) {
        for (var pair : json.getKeyValuePairs()) {
            for (Object part : new Object[] {pair.getKey(), pair.getValue()}) {
                if (part instanceof Expression x) {
                    typer.type(x, scope);
                }
            }
        }
        for (var element : json.getExpressions()) {
            typer.type(element.getExpression(), scope);
        }
        return Typed.nonNull(BaseType.TEXT.type());
    }
}

package dev.quarry.core.analyze;

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
import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TimezoneExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import org.jspecify.annotations.Nullable;

/**
 * Types expressions: their SQL type and whether they can be NULL (and why). Dispatches on
 * JSqlParser's expression classes explicitly — an expression it does not know is reported, never
 * passed over — and hands operators and functions to their own typers.
 */
final class ExpressionTyper {
    private final QueryContext ctx;
    private final SelectAnalyzer selects;
    private final OperatorTyper operators;
    private final FunctionTyper functionTyper;
    private final CommonTypes commonTypes;
    private final ColumnResolver columns;
    private final Subscripts subscripts;

    ExpressionTyper(QueryContext ctx, SelectAnalyzer selects) {
        this.ctx = ctx;
        this.selects = selects;
        this.commonTypes = new CommonTypes(ctx.functions());
        this.columns = new ColumnResolver(ctx);
        this.subscripts = new Subscripts(ctx, this);
        this.operators = new OperatorTyper(ctx, this);
        this.functionTyper = new FunctionTyper(ctx, this);
    }

    CommonTypes commonTypes() {
        return commonTypes;
    }

    SelectAnalyzer selects() {
        return selects;
    }

    /**
     * The innermost node being typed that JSqlParser kept a position for: NULL literals have none
     * of their own, so their reasons point into this node instead of at the statement.
     */
    private @Nullable Object positioned;

    /** Types {@code e} with {@code within} (a select item, say) as the place to point at for positionless parts. */
    Typed typeWithin(Expression e, Scope scope, Object within) {
        Object saved = positioned;
        if (hasPosition(within)) {
            positioned = within;
        }
        try {
            return type(e, scope);
        } finally {
            positioned = saved;
        }
    }

    /** Types an expression whose value is used as is (a select item, a function argument). */
    Typed type(Expression e, Scope scope) {
        Object saved = positioned;
        if (hasPosition(e)) {
            positioned = e;
        }
        try {
            return typeHere(e, scope);
        } finally {
            positioned = saved;
        }
    }

    private static boolean hasPosition(@Nullable Object node) {
        return node instanceof net.sf.jsqlparser.parser.ASTNodeAccess access && access.getASTNode() != null
                && access.getASTNode().jjtGetFirstToken() != null;
    }

    /** Where a NULL literal stands: the first NULL keyword inside the innermost positioned node. */
    private String nullLocation() {
        dev.quarry.core.source.Span within = ctx.span(positioned);
        String text = within.file().text();
        int end = Math.max(within.end(), Math.min(text.length(), within.start() + 1));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bnull\\b").matcher(text)
                .region(within.start(), Math.max(within.start(), positioned == null ? ctx.statement().end() : end));
        int at = m.find() ? m.start() : within.start();
        return dev.quarry.core.source.Span.at(within.file(), at).location();
    }

    private Typed typeHere(Expression e, Scope scope) {
        if (e instanceof Column c) {
            Typed column = columns.resolve(c, scope);
            return c.getArrayConstructor() == null ? column
                    : subscripts.apply(column, c.getArrayConstructor().getExpressions(), c, scope);
        }
        if (e instanceof net.sf.jsqlparser.expression.DateUnitExpression unit) {
            return DateUnitNames.namesAColumn(unit, ctx, scope) ? columns.resolve(DateUnitNames.asColumn(unit, ctx), scope)
                    : DateUnitNames.unit();
        }
        if (e instanceof net.sf.jsqlparser.expression.ArrayExpression a && a.getIndexExpression() != null) {
            return subscripts.apply(type(a.getObjExpression(), scope), List.of(a.getIndexExpression()), a, scope);
        }
        if (e instanceof JdbcParameter p) {
            return parameter(p);
        }
        if (e instanceof LongValue l) {
            return Typed.nonNull(ctx.rules().integerLiteral(l.getValue()));
        }
        if (e instanceof DoubleValue) {
            return Typed.nonNull(ctx.rules().decimalLiteral());
        }
        if (e instanceof StringValue) {
            return new Typed(SqlType.UNKNOWN, false, null, Typed.Origin.UNTYPED_LITERAL, 0);
        }
        if (e instanceof net.sf.jsqlparser.expression.UserVariable) {
            // MySQL's @x: set elsewhere in the session, of whatever type it was given
            return new Typed(SqlType.UNKNOWN, true, "user variable at " + ctx.location(e), Typed.Origin.UNTYPED_LITERAL, 0);
        }
        if (e instanceof NullValue) {
            return new Typed(SqlType.UNKNOWN, true, "NULL literal at " + nullLocation(), Typed.Origin.NULL_LITERAL, 0);
        }
        if (e instanceof BooleanValue) {
            return Typed.nonNull(BaseType.BOOL.type());
        }
        if (e instanceof CastExpression cast) {
            return cast(cast, scope);
        }
        if (e instanceof ParenthesedExpressionList<?> list) {
            if (list.size() == 1) {
                return type(list.get(0), scope);
            }
            ctx.error("unsupported", e, "row constructors are not supported here", null);
            return Typed.nullable(SqlType.UNKNOWN, "unsupported expression");
        }
        if (e instanceof Function f) {
            return functionTyper.function(f, scope);
        }
        if (e instanceof net.sf.jsqlparser.expression.TrimFunction trim) {
            return functionTyper.trim(trim, scope);
        }
        if (e instanceof AnalyticExpression a) {
            return functionTyper.analytic(a, scope);
        }
        if (e instanceof CaseExpression c) {
            return caseExpression(c, scope);
        }
        if (e instanceof ParenthesedSelect sub) {
            return selects.scalarSubquery(sub, scope);
        }
        if (e instanceof SignedExpression s) {
            return signed(s, scope);
        }
        if (e instanceof ArrayConstructor array) {
            return arrayConstructor(array, scope);
        }
        if (e instanceof TimeKeyExpression key) {
            String keyword = key.getStringValue().toLowerCase(Locale.ROOT).replace("()", "");
            return Typed.nonNull(ctx.rules().timeKeyword(keyword));
        }
        if (e instanceof DateTimeLiteralExpression literal) {
            return Typed.nonNull(ctx.rules().resolveType(literal.getType().name().replace('_', ' '), ctx.catalog()));
        }
        if (e instanceof IntervalExpression interval) {
            return intervalLiteral(interval, scope);
        }
        if (e instanceof ExtractExpression extract) {
            Typed source = type(extract.getExpression(), scope);
            return Typed.of(ctx.rules().extractResult(), source.nullable(), source.reason());
        }
        if (e instanceof TimezoneExpression tz) {
            return atTimeZone(tz, scope);
        }
        if (e instanceof CollateExpression collate) {
            return type(collate.getLeftExpression(), scope);
        }
        return operators.type(e, scope);
    }

    /** Types an expression where a value of {@code expected} goes (INSERT values, SET, comparisons). */
    Typed typeAs(Expression e, Scope scope, SqlType expected, @Nullable String nameHint, String context) {
        Typed t = type(e, scope);
        return coerce(t, expected, nameHint, context);
    }

    /** Gives an untyped parameter or literal the type its context expects. */
    Typed coerce(Typed t, SqlType expected, @Nullable String nameHint, String context) {
        if (t.isParameter()) {
            ctx.params().infer(t.paramSlot(), expected, nameHint, context);
            SqlType inferred = ctx.params().typeOf(t.paramSlot());
            return t.withType(inferred instanceof SqlType.Unknown ? expected : inferred);
        }
        if (t.isUntyped()) {
            return t.withType(expected);
        }
        return t;
    }

    /**
     * Suggests a name for a parameter written bare or cast ({@code $1}, {@code $1::int[]}), so that
     * {@code id = ANY($1::bigint[])} gives a method parameter named after the column.
     */
    void suggestName(Expression e, @Nullable String name) {
        Expression inner = e instanceof CastExpression cast ? cast.getLeftExpression() : e;
        if (name != null && inner instanceof JdbcParameter p && p.getIndex() != null && ctx.params().isSlot(p.getIndex())) {
            ctx.params().infer(p.getIndex(), SqlType.UNKNOWN, name, "name");
        }
    }

    /** Records that a parameter is compared with a plain table column. */
    void bindToColumn(Typed value, Expression other, Scope scope) {
        if (!value.isParameter() || !(DateUnitNames.orColumn(other, ctx) instanceof Column c)
                || c.getArrayConstructor() != null) {
            return;
        }
        String qualifier = c.getTable() == null || c.getTable().getName() == null ? null
                : ctx.rules().foldIdentifier(c.getTable().getName());
        Scope.Resolution r = scope.resolve(null, qualifier, ctx.rules().foldIdentifier(c.getColumnName()));
        if (r instanceof Scope.Found found && found.column().origin() != null) {
            ctx.params().writtenInto(value.paramSlot(), found.column().origin());
        }
    }

    /** Types a condition (WHERE, ON, HAVING, CASE WHEN): a boolean. */
    void condition(@Nullable Expression e, Scope scope, String context) {
        if (e != null) {
            typeAs(e, scope, BaseType.BOOL.type(), null, context);
        }
    }

    private Typed parameter(JdbcParameter p) {
        int slot = p.getIndex() == null ? 0 : p.getIndex();
        if (!ctx.params().isSlot(slot)) {
            ctx.error("internal", p, "parameter placeholder without a recorded position", null);
            return Typed.nullable(SqlType.UNKNOWN, "unknown parameter");
        }
        boolean nullable = ctx.params().nullableAt(slot);
        return new Typed(ctx.params().typeOf(slot), nullable,
                nullable ? "parameter " + ctx.params().ref(slot).name() + " is nullable (sqlc.narg)" : null,
                Typed.Origin.PARAMETER, slot);
    }

    private Typed cast(CastExpression cast, Scope scope) {
        if (!cast.isUseCastKeyword() && !ctx.rules().doubleColonCasts()) {
            ctx.error("unsupported-syntax", cast, "engine " + ctx.rules().engine().configName() + " has no :: cast", "write CAST(x AS " + cast.getColDataType()
                    + ") instead");
        }
        SqlType target = ctx.rules().resolveType(cast.getColDataType().toString(), ctx.catalog());
        Typed inner = type(cast.getLeftExpression(), scope);
        if (inner.isParameter()) {
            ctx.params().infer(inner.paramSlot(), target, null, "cast to " + target.name());
        }
        return Typed.of(target, inner.nullable(), inner.reason());
    }

    private Typed signed(SignedExpression s, Scope scope) {
        Typed operand = type(s.getExpression(), scope);
        if (s.getSign() == '-' && !operand.isUntyped()) {
            return ctx.functions().resolveOperator("-", null, operand.type())
                    .map(m -> Typed.of(m.returnType(), operand.nullable(), operand.reason()))
                    .orElse(operand.asValue());
        }
        return operand.asValue();
    }

    private Typed caseExpression(CaseExpression c, Scope scope) {
        Typed switchValue = c.getSwitchExpression() == null ? null : type(c.getSwitchExpression(), scope);
        List<Typed> results = new ArrayList<>();
        List<Expression> resultExprs = new ArrayList<>();
        for (WhenClause when : c.getWhenClauses()) {
            if (switchValue != null) {
                Typed w = type(when.getWhenExpression(), scope);
                coerce(w, switchValue.type(), null, "CASE WHEN value");
                coerce(switchValue, w.type(), null, "CASE operand");
            } else {
                condition(when.getWhenExpression(), scope, "CASE WHEN condition");
            }
            results.add(type(when.getThenExpression(), scope));
            resultExprs.add(when.getThenExpression());
        }
        if (c.getElseExpression() != null) {
            results.add(type(c.getElseExpression(), scope));
            resultExprs.add(c.getElseExpression());
        }
        Typed merged = unify(results, c, "CASE branches");
        if (c.getElseExpression() == null) {
            return merged.withNullable(true, "CASE without ELSE at " + ctx.location(c));
        }
        return merged;
    }

    /**
     * The common type of several values, coercing untyped parameters and literals to it; nullable
     * when any of them is.
     */
    Typed unify(List<Typed> values, Object node, String what) {
        SqlType common = commonTypes.resolve(values.stream().map(Typed::type).toList()).orElse(null);
        if (common == null) {
            ctx.error("type-mismatch", node, what + " have incompatible types "
                    + values.stream().map(v -> v.type().name()).distinct().toList(), "cast them to one type");
            common = values.get(0).type();
        }
        boolean nullable = false;
        String reason = null;
        for (Typed v : values) {
            coerce(v, common, null, what);
            if (v.nullable() && !nullable) {
                nullable = true;
                reason = v.reason();
            }
        }
        return Typed.of(common, nullable, reason);
    }

    private Typed arrayConstructor(ArrayConstructor array, Scope scope) {
        ExpressionList<?> elements = array.getExpressions();
        if (elements == null || elements.isEmpty()) {
            ctx.error("type-unknown", array, "cannot determine the type of an empty ARRAY[]", "cast it, e.g. ARRAY[]::int[]");
            return Typed.nonNull(new SqlType.Array(SqlType.UNKNOWN));
        }
        List<Typed> typed = new ArrayList<>();
        for (Expression el : elements) {
            typed.add(type(el, scope));
        }
        Typed element = unify(typed, array, "ARRAY elements");
        SqlType elementType = element.type() instanceof SqlType.Unknown ? BaseType.TEXT.type() : element.type();
        return Typed.nonNull(new SqlType.Array(elementType));
    }

    private Typed intervalLiteral(IntervalExpression interval, Scope scope) {
        if (interval.getExpression() != null) {
            Typed inner = typeAs(interval.getExpression(), scope, BaseType.INTERVAL.type(), null, "interval");
            return Typed.of(BaseType.INTERVAL.type(), inner.nullable(), inner.reason());
        }
        return Typed.nonNull(BaseType.INTERVAL.type());
    }

    private Typed atTimeZone(TimezoneExpression tz, Scope scope) {
        Typed value = type(tz.getLeftExpression(), scope);
        SqlType result = value.type() instanceof SqlType.Scalar s && s.base() == BaseType.TIMESTAMPTZ
                ? BaseType.TIMESTAMP.type() : BaseType.TIMESTAMPTZ.type();
        return Typed.of(result, value.nullable(), value.reason());
    }
}

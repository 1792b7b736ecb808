package dev.quarry.core.analyze;

import dev.quarry.core.catalog.UserFunction;
import dev.quarry.core.config.Engine;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.FunctionMatch;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.statement.select.AllColumns;

/**
 * Types function calls: the conditional forms PostgreSQL treats specially (COALESCE, NULLIF,
 * GREATEST, LEAST), aggregates and window functions with their nullability rules, and everything
 * else through the engine's function catalog.
 */
final class FunctionTyper {
    /** Functions that can return NULL for non-NULL arguments. */
    private static final Set<String> MAY_RETURN_NULL = Set.of(
            "regexp_match", "array_position", "array_length", "array_upper", "array_lower", "jsonb_extract_path",
            "jsonb_extract_path_text", "json_extract_path", "json_extract_path_text", "jsonb_path_query_first",
            "json_extract", "json_type", "current_setting", "to_regclass", "to_regtype");
    /** Non-strict functions that never return NULL. */
    private static final Set<String> NEVER_NULL = Set.of(
            "concat", "concat_ws", "num_nulls", "num_nonnulls", "json_build_object", "jsonb_build_object",
            "json_build_array", "jsonb_build_array", "now", "random", "gen_random_uuid", "pg_typeof", "typeof",
            "last_insert_rowid", "changes", "total", "ifnull", "array_append", "array_prepend");
    /** Aggregates whose value within a non-empty group is never NULL. */
    private static final Set<String> NON_NULL_IN_GROUP = Set.of("array_agg", "json_agg", "jsonb_agg", "count");
    private static final Set<String> RANKING = Set.of(
            "row_number", "rank", "dense_rank", "ntile", "percent_rank", "cume_dist");
    private static final Set<String> OFFSET_WINDOWS = Set.of("lag", "lead", "first_value", "last_value", "nth_value");

    private final QueryContext ctx;
    private final ExpressionTyper typer;

    FunctionTyper(QueryContext ctx, ExpressionTyper typer) {
        this.ctx = ctx;
        this.typer = typer;
    }

    Typed function(Function f, Scope scope) {
        List<String> parts = f.getMultipartName();
        String name = ctx.rules().foldIdentifier(parts.get(parts.size() - 1)).toLowerCase(Locale.ROOT);
        if (parts.size() == 2 && parts.get(0).equalsIgnoreCase("sqlc")) {
            ctx.error("unsupported", f, "sqlc." + name + " is not supported here", "sqlc.embed can only be a select "
                    + "item of its own");
            return Typed.nullable(SqlType.UNKNOWN, "unsupported");
        }
        List<Expression> args = f.getParameters() == null && f.getNamedParameters() != null
                ? keywordArguments(f, name) : arguments(f.getParameters());
        if (name.equals("array") && args.size() == 1 && args.get(0) instanceof Select sub) {
            return arraySubquery(sub, scope);
        }
        if (OperatorTyper.isQuantifier(f)) {
            ctx.error("unsupported-expression", f, name.toUpperCase(Locale.ROOT) + " must follow a comparison", null);
            return Typed.nonNull(BaseType.BOOL.type());
        }
        switch (name) {
            case "coalesce", "ifnull":
                return coalesce(args, scope, f, name);
            case "nullif":
                return nullif(args, scope, f);
            case "greatest", "least":
                return extreme(args, scope, f, name);
            default:
                break;
        }
        if (args.stream().anyMatch(a -> NamedArguments.name(a) != null)) {
            return namedArguments(name, args, scope, f);
        }
        boolean countStar = f.isAllColumns() || (args.size() == 1 && args.get(0) instanceof AllColumns);
        List<Typed> typed = countStar ? List.of() : typeAll(args, scope, name);
        List<UserFunction> declared = ctx.catalog().functions(name);
        if (!declared.isEmpty()) {
            return userFunction(declared, name, typed, f);
        }
        Optional<FunctionMatch> match = resolve(name, typed, f);
        if (match.isEmpty()) {
            return Typed.nullable(SqlType.UNKNOWN, "unknown function");
        }
        FunctionMatch m = match.get();
        if (m.aggregate()) {
            refuseWhereNotAllowed(scope, "aggregate", name, f);
            return aggregate(m, name, typed, scope, false, f);
        }
        return scalar(m, name, typed, f);
    }

    Typed analytic(AnalyticExpression a, Scope scope) {
        String name = a.getName().toLowerCase(Locale.ROOT);
        List<Expression> args = new ArrayList<>();
        boolean star = a.isAllColumns() || a.getExpression() instanceof AllColumns;
        if (a.getExpression() != null && !star) {
            args.addAll(arguments(a.getExpression()));
        }
        if (a.getOffset() != null) {
            args.add(a.getOffset());
        }
        if (a.getDefaultValue() != null) {
            args.add(a.getDefaultValue());
        }
        List<Typed> typed = typeAll(args, scope);
        if (a.getFilterExpression() != null) {
            typer.condition(a.getFilterExpression(), scope, "FILTER");
        }
        Optional<FunctionMatch> match = resolve(name, typed, a);
        if (match.isEmpty()) {
            return Typed.nullable(SqlType.UNKNOWN, "unknown function");
        }
        FunctionMatch m = match.get();
        boolean windowed = a.getType() != net.sf.jsqlparser.expression.AnalyticType.FILTER_ONLY;
        refuseWhereNotAllowed(scope, windowed ? "window" : "aggregate", name, a);
        if (!windowed) {
            return aggregate(m, name, typed, scope, true, a);
        }
        if (RANKING.contains(name) || name.equals("count")) {
            return Typed.nonNull(m.returnType());
        }
        if ((name.equals("first_value") || name.equals("last_value")) && a.getWindowElement() == null) {
            // the default frame always holds the current row, so these read a row that exists
            return OperatorTyper.either(m.returnType(), typed.toArray(Typed[]::new));
        }
        if (OFFSET_WINDOWS.contains(name)) {
            boolean defaulted = name.matches("lag|lead") && typed.size() == 3 && !typed.get(0).nullable()
                    && !typed.get(2).nullable();
            return defaulted ? Typed.nonNull(m.returnType())
                    : Typed.nullable(m.returnType(), name + "() at " + ctx.location(a) + " has no row to read at the "
                            + "edge of its window");
        }
        if (a.getFilterExpression() != null) {
            return Typed.nullable(m.returnType(), name + "() with FILTER at " + ctx.location(a) + " may see no rows");
        }
        // the default frame always holds the current row, so an aggregate over it follows its argument
        return OperatorTyper.either(m.returnType(), typed.toArray(Typed[]::new));
    }

    /**
     * A function declared in the schema: the first overload the arguments fit. Its body is not
     * analyzed, so its result can be NULL as far as Quarry knows.
     */
    private Typed userFunction(List<UserFunction> declared, String name, List<Typed> args, Object node) {
        for (UserFunction candidate : declared) {
            if (!candidate.accepts(args.size()) || !fits(args, candidate.params())) {
                continue;
            }
            for (int i = 0; i < args.size(); i++) {
                typer.coerce(args.get(i), candidate.params().get(i), null, "argument of " + name + "()");
            }
            return Typed.nullable(candidate.returnType(), name + "() at " + ctx.location(node)
                    + " is declared in the schema; Quarry cannot see whether it returns NULL");
        }
        ctx.error("unknown-function", node, "function " + name + "(" + String.join(", ",
                args.stream().map(a -> a.type().name()).toList()) + ") does not exist",
                "the schema declares " + String.join(", ", declared.stream()
                        .map(d -> d.name() + "(" + String.join(", ", d.params().stream().map(SqlType::name).toList()) + ")")
                        .toList()));
        return Typed.nullable(SqlType.UNKNOWN, "unknown function");
    }

    private boolean fits(List<Typed> args, List<SqlType> params) {
        for (int i = 0; i < args.size(); i++) {
            Typed a = args.get(i);
            if (!a.isUntyped() && !typer.commonTypes().implicitlyCasts(a.type(), params.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** An aggregate or window function in a clause that takes none (RETURNING) is an error at the call. */
    private void refuseWhereNotAllowed(Scope scope, String kind, String name, Object node) {
        scope.aggregatesRefusedIn().ifPresent(clause -> ctx.error(kind + "-not-allowed", node,
                kind + " function " + name + "() is not allowed in " + clause, kind.equals("window")
                        ? clause + " computes each changed row on its own; number or rank the rows in a SELECT"
                        : clause + " gives one row per changed row; to count the rows use :execrows, to aggregate"
                                + " them run a SELECT over the changed rows"));
    }

    private Typed aggregate(FunctionMatch m, String name, List<Typed> args, Scope scope, boolean filtered, Object node) {
        if (name.equals("count")) {
            return Typed.nonNull(m.returnType());
        }
        if (filtered) {
            return Typed.nullable(m.returnType(), name + "() with FILTER at " + ctx.location(node) + " may see no rows");
        }
        if (!scope.grouped()) {
            return Typed.nullable(m.returnType(), name + "() at " + ctx.location(node)
                    + " is NULL over no rows (no GROUP BY)");
        }
        if (NON_NULL_IN_GROUP.contains(name)) {
            return Typed.nonNull(m.returnType());
        }
        return OperatorTyper.either(m.returnType(), args.toArray(Typed[]::new));
    }

    private Typed scalar(FunctionMatch m, String name, List<Typed> args, Object node) {
        if (MAY_RETURN_NULL.contains(name)) {
            return Typed.nullable(m.returnType(), name + "() at " + ctx.location(node) + " can return NULL");
        }
        if (m.returnsSet() && name.equals("unnest")) {
            return Typed.nullable(m.returnType(), "unnest() at " + ctx.location(node) + " yields NULL elements");
        }
        if (!m.strict() && NEVER_NULL.contains(name)) {
            return Typed.nonNull(m.returnType());
        }
        return OperatorTyper.either(m.returnType(), args.toArray(Typed[]::new));
    }

    private Optional<FunctionMatch> resolve(String name, List<Typed> args, Object node) {
        List<SqlType> types = args.stream().map(Typed::type).toList();
        Optional<FunctionMatch> match = ctx.functions().resolveFunction(name, types);
        if (match.isEmpty()) {
            ctx.error("unknown-function", node, "function " + name + "(" + String.join(", ",
                    types.stream().map(SqlType::name).toList()) + ") does not exist",
                    "check the name and argument types; cast arguments to pick an overload");
            return match;
        }
        List<SqlType> params = match.get().paramTypes();
        for (int i = 0; i < args.size() && !params.isEmpty(); i++) {
            typer.coerce(args.get(i), params.get(Math.min(i, params.size() - 1)), null, "argument of " + name + "()");
        }
        return match;
    }

    private Typed coalesce(List<Expression> args, Scope scope, Object node, String name) {
        List<Typed> typed = typeAll(args, scope);
        Typed common = typer.unify(typed, node, name.toUpperCase(Locale.ROOT) + " arguments");
        boolean allNullable = typed.stream().allMatch(Typed::nullable);
        return allNullable
                ? Typed.nullable(common.type(), "every " + name.toUpperCase(Locale.ROOT) + " argument at "
                        + ctx.location(node) + " can be NULL")
                : Typed.nonNull(common.type());
    }

    private Typed nullif(List<Expression> args, Scope scope, Object node) {
        if (args.size() != 2) {
            ctx.error("wrong-arguments", node, "NULLIF takes two arguments", null);
            return Typed.nullable(SqlType.UNKNOWN, "NULLIF");
        }
        Typed value = typer.type(args.get(0), scope);
        Typed other = typer.type(args.get(1), scope);
        // NULLIF(a, b) is CASE WHEN a = b THEN NULL ELSE a END over the resolved = operator's inputs
        Optional<FunctionMatch> eq = ctx.functions().resolveOperator("=", value.type(), other.type());
        SqlType leftType = eq.map(m -> m.paramTypes().get(0)).filter(t -> !(t instanceof SqlType.Unknown))
                .orElse(value.isUntyped() ? other.type() : value.type());
        SqlType rightType = eq.map(m -> m.paramTypes().get(1)).filter(t -> !(t instanceof SqlType.Unknown))
                .orElse(leftType);
        typer.coerce(other, rightType, null, "NULLIF argument");
        typer.coerce(value, leftType, null, "NULLIF argument");
        SqlType type = leftType;
        return Typed.nullable(type, "NULLIF at " + ctx.location(node) + " returns NULL when its arguments are equal");
    }

    private Typed extreme(List<Expression> args, Scope scope, Object node, String name) {
        List<Typed> typed = typeAll(args, scope);
        Typed common = typer.unify(typed, node, name.toUpperCase(Locale.ROOT) + " arguments");
        // PostgreSQL's GREATEST and LEAST ignore NULLs: NULL only when all arguments are
        return typed.stream().allMatch(Typed::nullable)
                ? Typed.nullable(common.type(), "every " + name.toUpperCase(Locale.ROOT) + " argument can be NULL")
                : Typed.nonNull(common.type());
    }

    /** The arguments' types; the unit opening TIMESTAMPDIFF and TIMESTAMPADD is no column. */
    private List<Typed> typeAll(List<Expression> args, Scope scope, String function) {
        if (!DateUnitNames.unitFirst(function, args)) {
            return typeAll(args, scope);
        }
        List<Typed> typed = new ArrayList<>();
        typed.add(DateUnitNames.unit());
        typed.addAll(typeAll(args.subList(1, args.size()), scope));
        return typed;
    }

    private List<Typed> typeAll(List<Expression> args, Scope scope) {
        List<Typed> typed = new ArrayList<>();
        for (Expression arg : args) {
            typed.add(typer.type(arg, scope));
        }
        return typed;
    }

    /**
     * {@code make_interval(days => $1)}: each argument goes to the position of the parameter it
     * names; parameters skipped before the last one given keep their defaults, of the parameter's
     * type. Only functions whose parameter names Quarry knows can be called this way.
     */
    private Typed namedArguments(String name, List<Expression> args, Scope scope, Function f) {
        Optional<List<NamedArguments.Param>> params = NamedArguments.of(name);
        Typed[] slots = new Typed[params.map(List::size).orElse(0)];
        int last = -1;
        for (int i = 0; i < args.size(); i++) {
            Expression arg = args.get(i);
            Typed value = typer.type(NamedArguments.value(arg), scope);
            String argName = NamedArguments.name(arg);
            int slot = argName == null ? i : params.map(ps -> ps.stream().map(NamedArguments.Param::name).toList()
                    .indexOf(ctx.rules().foldIdentifier(argName))).orElse(-1);
            if (params.isEmpty()) {
                ctx.error("unsupported", arg, "Quarry does not know the parameter names of " + name + "()",
                        "pass its arguments by position");
                return Typed.nullable(SqlType.UNKNOWN, "unsupported");
            }
            if (slot < 0 || slot >= slots.length) {
                ctx.error("unknown-function", arg, "function " + name + "() has no parameter named \"" + argName + "\"",
                        "its parameters are " + String.join(", ", params.get().stream().map(NamedArguments.Param::name)
                                .toList()));
                return Typed.nullable(SqlType.UNKNOWN, "unknown function");
            }
            slots[slot] = value;
            last = Math.max(last, slot);
        }
        List<Typed> typed = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            typed.add(slots[i] != null ? slots[i] : Typed.nonNull(params.get().get(i).type()));
        }
        Optional<FunctionMatch> match = resolve(name, typed, f);
        return match.isEmpty() ? Typed.nullable(SqlType.UNKNOWN, "unknown function") : scalar(match.get(), name, typed, f);
    }

    /**
     * {@code ARRAY(SELECT x ...)}: an array of the subquery's one column, empty (never NULL) when it
     * returns no rows; an array column gives an array of one more dimension, of the same type.
     */
    private Typed arraySubquery(Select sub, Scope scope) {
        List<ScopeColumn> columns = typer.selects().analyze(sub, scope.child());
        if (columns.size() != 1) {
            ctx.error("subquery-columns", sub, "subquery must return only one column, not " + columns.size(), null);
            return Typed.nonNull(new SqlType.Array(SqlType.UNKNOWN));
        }
        SqlType element = columns.get(0).type();
        return Typed.nonNull(element instanceof SqlType.Array ? element : new SqlType.Array(element));
    }

    /** {@code trim([LEADING|TRAILING|BOTH] [chars] FROM s)}: PostgreSQL's btrim, ltrim or rtrim. */
    Typed trim(TrimFunction trim, Scope scope) {
        List<Expression> args = new ArrayList<>();
        if (trim.getFromExpression() != null) {
            args.add(trim.getFromExpression());
        }
        if (trim.getExpression() != null) {
            args.add(trim.getExpression());
        }
        List<Typed> typed = typeAll(args, scope);
        if (ctx.rules().engine() != Engine.POSTGRESQL) {
            return OperatorTyper.either(BaseType.TEXT.type(), typed.toArray(Typed[]::new));
        }
        TrimFunction.TrimSpecification side = trim.getTrimSpecification();
        String name = side == TrimFunction.TrimSpecification.LEADING ? "ltrim"
                : side == TrimFunction.TrimSpecification.TRAILING ? "rtrim" : "btrim";
        Optional<FunctionMatch> match = resolve(name, typed, trim);
        return match.isEmpty() ? Typed.nullable(SqlType.UNKNOWN, "unknown function") : scalar(match.get(), name, typed, trim);
    }

    /**
     * The SQL-standard keyword forms {@code position(a IN b)}, {@code substring(s FROM i FOR n)},
     * {@code overlay(s PLACING t FROM i FOR n)}: JSqlParser gives them as named parameters whose
     * names are the keywords; their functions take the same arguments in order, except position,
     * which is {@code position(b, a)}.
     */
    private static List<Expression> keywordArguments(Function f, String name) {
        List<Expression> args = new ArrayList<>(f.getNamedParameters());
        if (name.equals("position") && args.size() == 2) {
            return List.of(args.get(1), args.get(0));
        }
        return args;
    }

    private static List<Expression> arguments(Object parameters) {
        List<Expression> args = new ArrayList<>();
        if (parameters instanceof ExpressionList<?> list) {
            args.addAll(list);
        } else if (parameters instanceof Expression e) {
            args.add(e);
        }
        return args;
    }
}

package dev.quarry.core.analyze;

import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.OracleNamedFunctionParameter;
import net.sf.jsqlparser.expression.PostgresNamedFunctionParameter;
import org.jspecify.annotations.Nullable;

/**
 * Parameter names of the built-in functions usually called with named arguments
 * ({@code make_interval(days => $1)}), written by hand from PostgreSQL 15's
 * {@code pg_get_function_arguments}: the signature file holds argument types only.
 */
final class NamedArguments {
    /** One parameter of a function, in order. */
    record Param(String name, SqlType type) {}

    private static final Map<String, List<Param>> PARAMS = Map.of(
            "make_interval", List.of(i("years"), i("months"), i("weeks"), i("days"), i("hours"), i("mins"), f("secs")),
            "make_date", List.of(i("year"), i("month"), i("day")),
            "make_time", List.of(i("hour"), i("min"), f("sec")),
            "make_timestamp", List.of(i("year"), i("month"), i("mday"), i("hour"), i("min"), f("sec")),
            "make_timestamptz", List.of(i("year"), i("month"), i("mday"), i("hour"), i("min"), f("sec"),
                    new Param("timezone", BaseType.TEXT.type())));

    private NamedArguments() {}

    static Optional<List<Param>> of(String function) {
        return Optional.ofNullable(PARAMS.get(function));
    }

    /** The name of a {@code name => value} argument, or null for a positional one. */
    static @Nullable String name(Expression argument) {
        if (argument instanceof OracleNamedFunctionParameter named) {
            return named.getName();
        }
        return argument instanceof PostgresNamedFunctionParameter named ? named.getName() : null;
    }

    static Expression value(Expression argument) {
        if (argument instanceof OracleNamedFunctionParameter named) {
            return named.getExpression();
        }
        return argument instanceof PostgresNamedFunctionParameter named ? named.getExpression() : argument;
    }

    private static Param i(String name) {
        return new Param(name, BaseType.INT4.type());
    }

    private static Param f(String name) {
        return new Param(name, BaseType.FLOAT8.type());
    }
}

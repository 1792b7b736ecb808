package dev.quarry.core.types;

import dev.quarry.core.config.Engine;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The built-in functions and operators of an engine, for typing expressions. Arguments of type
 * {@link SqlType#UNKNOWN} (an untyped parameter or NULL literal) match any parameter type; the
 * match then tells which type the database gives them.
 */
public interface FunctionCatalog {

    /**
     * Resolves a call by name (case-insensitive) and argument types. {@code count(*)} is
     * {@code count} with no arguments. Empty when no function matches or the database could not
     * choose between several.
     */
    Optional<FunctionMatch> resolveFunction(String name, List<SqlType> argTypes);

    /**
     * Resolves an operator such as {@code +}, {@code ->>}, {@code ||} or {@code LIKE};
     * {@code left} is null for a prefix operator.
     */
    Optional<FunctionMatch> resolveOperator(String op, @Nullable SqlType left, SqlType right);

    /** Whether the engine converts a value of {@code from} to {@code to} without an explicit cast. */
    boolean canImplicitlyCast(SqlType from, SqlType to);

    static FunctionCatalog forEngine(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> PostgresFunctionCatalog.instance();
            case SQLITE -> SqliteFunctionCatalog.instance();
            case MYSQL, MARIADB -> MysqlFunctionCatalog.instance();
        };
    }
}

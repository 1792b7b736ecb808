package dev.quarry.core.types;

import dev.quarry.core.config.Engine;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The functions and operators of an engine, with overload resolution. */
public interface FunctionCatalog {

    Optional<FunctionMatch> resolveFunction(String name, List<SqlType> argTypes);

    /** @param left null for a prefix operator */
    Optional<FunctionMatch> resolveOperator(String op, @Nullable SqlType left, SqlType right);

    boolean canImplicitlyCast(SqlType from, SqlType to);

    static FunctionCatalog forEngine(Engine engine) {
        // TODO(pgcatalog): replaced by the generated PostgreSQL catalog and SQLite's table
        return new FunctionCatalog() {
            @Override
            public Optional<FunctionMatch> resolveFunction(String name, List<SqlType> argTypes) {
                return Optional.empty();
            }

            @Override
            public Optional<FunctionMatch> resolveOperator(String op, @Nullable SqlType left, SqlType right) {
                return Optional.empty();
            }

            @Override
            public boolean canImplicitlyCast(SqlType from, SqlType to) {
                return from.equals(to);
            }
        };
    }
}

package dev.quarry.core.types;

import java.util.List;

/** How a SQLite function's result type follows from its arguments, in Quarry's types. */
sealed interface SqliteResult {

    SqlType typeFor(List<SqlType> args);

    /** Always the same type. */
    record Fixed(SqlType type) implements SqliteResult {
        @Override
        public SqlType typeFor(List<SqlType> args) {
            return type;
        }
    }

    /** The type of one argument (min/max, abs, nullif, lag). */
    record SameAs(int index) implements SqliteResult {
        @Override
        public SqlType typeFor(List<SqlType> args) {
            return index < args.size() ? args.get(index) : SqlType.UNKNOWN;
        }
    }

    /** The first typed argument from {@code from} on (coalesce, ifnull, iif's branches). */
    record FirstKnown(int from) implements SqliteResult {
        @Override
        public SqlType typeFor(List<SqlType> args) {
            return args.stream().skip(from).filter(a -> !(a instanceof SqlType.Unknown)).findFirst().orElse(SqlType.UNKNOWN);
        }
    }

    /** Integers stay integers (sum, abs of int), anything else is REAL. */
    record IntegerOrReal() implements SqliteResult {
        @Override
        public SqlType typeFor(List<SqlType> args) {
            if (args.stream().anyMatch(a -> a instanceof SqlType.Unknown)) {
                return SqlType.UNKNOWN;
            }
            return args.stream().allMatch(SqliteResult::isInteger) ? BaseType.INT8.type() : BaseType.FLOAT8.type();
        }
    }

    static boolean isInteger(SqlType type) {
        return type instanceof SqlType.Scalar s && (s.base().isInteger() || s.base() == BaseType.BOOL);
    }
}

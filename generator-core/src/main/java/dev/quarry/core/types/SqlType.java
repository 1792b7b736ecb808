package dev.quarry.core.types;

import java.util.List;
import java.util.Locale;

/**
 * A SQL type as the analysis knows it. Names follow PostgreSQL's catalog ({@code int4},
 * {@code timestamptz}, {@code _text} is written {@code text[]}) so that inferred types can be
 * compared with what a server reports; other dialects map their declared types onto the same set.
 */
public sealed interface SqlType permits SqlType.Scalar, SqlType.Array, SqlType.Enum, SqlType.Unknown {

    /** The name as PostgreSQL's {@code pg_type.typname} spells it; arrays as {@code elem[]}. */
    String name();

    /** A built-in scalar type. {@code name} differs from the base's name only for {@code OTHER}. */
    record Scalar(BaseType base, String name) implements SqlType {
        public Scalar {
            name = name.toLowerCase(Locale.ROOT);
        }

        public static Scalar of(BaseType base) {
            return base.type();
        }

        /** A type Quarry has no special mapping for (inet, xml, tsvector, ...). */
        public static Scalar other(String name) {
            return new Scalar(BaseType.OTHER, name);
        }
    }

    record Array(SqlType element) implements SqlType {
        @Override
        public String name() {
            return element.name() + "[]";
        }
    }

    /** A user-defined enum: PostgreSQL CREATE TYPE ... AS ENUM, later MySQL ENUM(...) columns. */
    record Enum(String schema, String name, List<String> labels) implements SqlType {
        public Enum {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A type the analysis could not determine: an untyped parameter or NULL literal. Emission maps
     * it to {@code Object}; analysis reports a diagnostic wherever one reaches the output.
     */
    record Unknown() implements SqlType {
        @Override
        public String name() {
            return "unknown";
        }
    }

    SqlType UNKNOWN = new Unknown();

    static SqlType of(BaseType base) {
        return base.type();
    }
}

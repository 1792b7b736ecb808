package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.config.Engine;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import dev.quarry.core.types.TypeNames;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between engines in typing expressions: literals, identifier folding, the
 * special date/time keywords. Everything else goes through the engine's function catalog.
 */
enum EngineRules {
    POSTGRESQL {
        @Override
        SqlType integerLiteral(long value) {
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? BaseType.INT4.type() : BaseType.INT8.type();
        }

        @Override
        SqlType decimalLiteral() {
            return BaseType.NUMERIC.type();
        }

        @Override
        String foldIdentifier(String raw) {
            return isQuoted(raw) ? unquote(raw) : raw.toLowerCase(Locale.ROOT);
        }

        @Override
        SqlType timeKeyword(String keyword) {
            return switch (keyword) {
                case "current_date" -> BaseType.DATE.type();
                case "current_time" -> BaseType.TIMETZ.type();
                case "localtime" -> BaseType.TIME.type();
                case "localtimestamp" -> BaseType.TIMESTAMP.type();
                default -> BaseType.TIMESTAMPTZ.type();
            };
        }

        @Override
        SqlType extractResult() {
            return BaseType.NUMERIC.type();
        }

        @Override
        boolean doubleColonCasts() {
            return true;
        }

        @Override
        String castExample(String parameter) {
            return parameter + "::int";
        }
    },
    SQLITE {
        @Override
        SqlType integerLiteral(long value) {
            return BaseType.INT8.type();
        }

        @Override
        SqlType decimalLiteral() {
            return BaseType.FLOAT8.type();
        }

        @Override
        String foldIdentifier(String raw) {
            return isQuoted(raw) ? unquote(raw) : raw;
        }

        /** SQLite's CURRENT_TIMESTAMP and friends are text such as '2024-01-31 12:00:00'. */
        @Override
        SqlType timeKeyword(String keyword) {
            return BaseType.TEXT.type();
        }

        @Override
        SqlType extractResult() {
            return BaseType.FLOAT8.type();
        }

        @Override
        boolean doubleColonCasts() {
            return false;
        }

        @Override
        String castExample(String parameter) {
            return "CAST(" + parameter + " AS INTEGER)";
        }
    },
    /** MySQL and MariaDB, as MariaDB's result metadata reports types. */
    MYSQL {
        @Override
        SqlType integerLiteral(long value) {
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? BaseType.INT4.type() : BaseType.INT8.type();
        }

        @Override
        SqlType decimalLiteral() {
            return BaseType.NUMERIC.type();
        }

        @Override
        String foldIdentifier(String raw) {
            return isQuoted(raw) ? unquote(raw) : raw;
        }

        /** NOW() and CURRENT_TIMESTAMP are datetime, a local date-time. */
        @Override
        SqlType timeKeyword(String keyword) {
            return switch (keyword) {
                case "current_date" -> BaseType.DATE.type();
                case "current_time" -> BaseType.TIME.type();
                default -> BaseType.TIMESTAMP.type();
            };
        }

        @Override
        SqlType extractResult() {
            return BaseType.INT4.type();
        }

        @Override
        boolean doubleColonCasts() {
            return false;
        }

        @Override
        String castExample(String parameter) {
            return "CAST(" + parameter + " AS SIGNED)";
        }
    };

    static EngineRules of(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> POSTGRESQL;
            case SQLITE -> SQLITE;
            case MYSQL -> MYSQL;
        };
    }

    abstract SqlType integerLiteral(long value);

    abstract SqlType decimalLiteral();

    /** An identifier as the database names it: quotes removed, unquoted names folded if the engine does. */
    abstract String foldIdentifier(String raw);

    abstract SqlType timeKeyword(String keyword);

    abstract SqlType extractResult();

    /** Whether {@code x::type} is valid; SQLite knows only {@code CAST(x AS type)}. */
    abstract boolean doubleColonCasts();

    /** How a cast of a parameter is written, for hints. */
    abstract String castExample(String parameter);

    /** Whether ON CONFLICT ... DO UPDATE sees {@code excluded}'s columns only when qualified (SQLite). */
    boolean upsertExcludedOnlyQualified() {
        return this == SQLITE;
    }

    Engine engine() {
        return switch (this) {
            case POSTGRESQL -> Engine.POSTGRESQL;
            case SQLITE -> Engine.SQLITE;
            case MYSQL -> Engine.MYSQL;
        };
    }

    /** A declared type name in a cast, resolved against the schema's user types. */
    SqlType resolveType(String declared, Catalog catalog) {
        return TypeNames.resolve(engine(), declared, name -> enumNamed(catalog, name));
    }

    private static Optional<SqlType> enumNamed(Catalog catalog, String name) {
        int dot = name.indexOf('.');
        String schema = dot < 0 ? null : name.substring(0, dot);
        String simple = dot < 0 ? name : name.substring(dot + 1);
        return catalog.enumType(schema, simple).map(e -> e);
    }

    static boolean isQuoted(String raw) {
        return raw.length() >= 2 && ((raw.startsWith("\"") && raw.endsWith("\""))
                || (raw.startsWith("`") && raw.endsWith("`")) || (raw.startsWith("[") && raw.endsWith("]")));
    }

    static String unquote(String raw) {
        return isQuoted(raw) ? raw.substring(1, raw.length() - 1).replace("\"\"", "\"") : raw;
    }
}

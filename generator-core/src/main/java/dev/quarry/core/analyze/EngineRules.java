package dev.quarry.core.analyze;

import dev.quarry.core.catalog.Catalog;
import dev.quarry.core.catalog.Column;
import dev.quarry.core.catalog.Table;
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
    /** MySQL (and MariaDB, below), as MariaDB's result metadata reports types. */
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

        @Override
        Optional<Refusal> returningRefusal(Dml statement) {
            return Optional.of(switch (statement) {
                case INSERT -> new Refusal("MySQL has no INSERT ... RETURNING",
                        "use engine: mariadb (MariaDB 10.5+ takes INSERT ... RETURNING), or drop RETURNING and use"
                                + " :execlastid for the generated key");
                case DELETE, DELETE_JOINED -> new Refusal("MySQL has no DELETE ... RETURNING",
                        "use engine: mariadb (MariaDB 10.5+ takes DELETE ... RETURNING), or read the rows with a"
                                + " SELECT first");
                case UPDATE -> UPDATE_RETURNING;
            });
        }

        @Override
        Optional<Column> generatedKey(Table table) {
            return table.columns().stream().filter(Column::autoIncrement).findFirst();
        }

        @Override
        String generatedKeyKinds() {
            return "AUTO_INCREMENT column";
        }
    },
    /** MariaDB: MySQL's rules, and RETURNING after INSERT, REPLACE and a single-table DELETE (10.5+). */
    MARIADB {
        @Override
        SqlType integerLiteral(long value) {
            return MYSQL.integerLiteral(value);
        }

        @Override
        SqlType decimalLiteral() {
            return MYSQL.decimalLiteral();
        }

        @Override
        String foldIdentifier(String raw) {
            return MYSQL.foldIdentifier(raw);
        }

        @Override
        SqlType timeKeyword(String keyword) {
            return MYSQL.timeKeyword(keyword);
        }

        @Override
        SqlType extractResult() {
            return MYSQL.extractResult();
        }

        @Override
        boolean doubleColonCasts() {
            return MYSQL.doubleColonCasts();
        }

        @Override
        String castExample(String parameter) {
            return MYSQL.castExample(parameter);
        }

        @Override
        Optional<Refusal> returningRefusal(Dml statement) {
            return switch (statement) {
                case INSERT, DELETE -> Optional.empty();
                case UPDATE -> Optional.of(UPDATE_RETURNING);
                case DELETE_JOINED -> Optional.of(new Refusal("MariaDB takes RETURNING only after a single-table DELETE",
                        "delete from one table and choose the rows with WHERE ... IN (SELECT ...)"));
            };
        }

        @Override
        Optional<Column> generatedKey(Table table) {
            return MYSQL.generatedKey(table);
        }

        @Override
        String generatedKeyKinds() {
            return MYSQL.generatedKeyKinds();
        }
    };

    private static final Refusal UPDATE_RETURNING = new Refusal("MySQL and MariaDB have no UPDATE ... RETURNING",
            "run the UPDATE as :exec or :execrows and read the rows with a SELECT");

    /** The data-modifying statements RETURNING may follow; REPLACE is an INSERT here. */
    enum Dml {
        INSERT,
        UPDATE,
        DELETE,
        /** DELETE with USING or joins: rows of several tables. */
        DELETE_JOINED
    }

    /** A statement form the engine does not take: what to report and what to write instead. */
    record Refusal(String message, String hint) {}

    static EngineRules of(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> POSTGRESQL;
            case SQLITE -> SQLITE;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
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

    /** Why the engine refuses RETURNING after {@code statement}; empty when it takes it. */
    Optional<Refusal> returningRefusal(Dml statement) {
        return Optional.empty();
    }

    /**
     * The column whose value an INSERT into {@code table} generates, which JDBC reports as the
     * key: by default the single-column primary key with a default (serial, identity, rowid alias).
     */
    Optional<Column> generatedKey(Table table) {
        if (table.primaryKey().size() != 1) {
            return Optional.empty();
        }
        return table.column(table.primaryKey().get(0)).filter(Column::hasDefault);
    }

    /** What {@link #generatedKey} looks for, for messages. */
    String generatedKeyKinds() {
        return "single-column primary key with a default, serial, identity or rowid alias";
    }

    /**
     * A name as SQL text: bare when it is a plain word the engine reads back as itself (PostgreSQL
     * folds unquoted names to lower case, the others keep them), else quoted with the engine's
     * identifier quote: MySQL's and MariaDB's backtick, where a double quote makes a string.
     */
    String quoteIdentifier(String name, boolean reservedWord) {
        boolean bare = !reservedWord && PLAIN_WORD.matcher(name).matches() && foldIdentifier(name).equals(name);
        if (bare) {
            return name;
        }
        char quote = engine().isMysqlFamily() ? '`' : '"';
        return quote + name.replace(String.valueOf(quote), String.valueOf(quote).repeat(2)) + quote;
    }

    private static final java.util.regex.Pattern PLAIN_WORD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Whether ON CONFLICT ... DO UPDATE sees {@code excluded}'s columns only when qualified (SQLite). */
    boolean upsertExcludedOnlyQualified() {
        return this == SQLITE;
    }

    Engine engine() {
        return switch (this) {
            case POSTGRESQL -> Engine.POSTGRESQL;
            case SQLITE -> Engine.SQLITE;
            case MYSQL -> Engine.MYSQL;
            case MARIADB -> Engine.MARIADB;
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

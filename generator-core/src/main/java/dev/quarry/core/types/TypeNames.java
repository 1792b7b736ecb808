package dev.quarry.core.types;

import dev.quarry.core.config.Engine;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a declared type name ({@code varchar(20)}, {@code timestamp with time zone},
 * {@code int[]}, {@code DATETIME}) into a {@link SqlType}, by the rules of the engine.
 */
public final class TypeNames {
    private static final Pattern ARRAY_SUFFIX = Pattern.compile("^(.*?)\\s*((?:\\[\\s*\\d*\\s*\\])+)$");
    private static final Pattern ARGS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FLOAT_PRECISION = Pattern.compile("^float\\s*\\(\\s*(\\d+)\\s*\\)");
    /** Spellings PostgreSQL reports under another {@code typname}; the rest keep the written name. */
    private static final Map<String, String> POSTGRES_OTHER_NAMES = Map.of(
            "bit varying", "varbit");

    private static final Map<String, BaseType> POSTGRES = Map.ofEntries(
            Map.entry("bool", BaseType.BOOL), Map.entry("boolean", BaseType.BOOL),
            Map.entry("int2", BaseType.INT2), Map.entry("smallint", BaseType.INT2), Map.entry("smallserial", BaseType.INT2),
            Map.entry("serial2", BaseType.INT2),
            Map.entry("int4", BaseType.INT4), Map.entry("int", BaseType.INT4), Map.entry("integer", BaseType.INT4),
            Map.entry("serial", BaseType.INT4), Map.entry("serial4", BaseType.INT4),
            Map.entry("int8", BaseType.INT8), Map.entry("bigint", BaseType.INT8), Map.entry("bigserial", BaseType.INT8),
            Map.entry("serial8", BaseType.INT8),
            Map.entry("float4", BaseType.FLOAT4), Map.entry("real", BaseType.FLOAT4),
            Map.entry("float8", BaseType.FLOAT8), Map.entry("float", BaseType.FLOAT8),
            Map.entry("double precision", BaseType.FLOAT8), Map.entry("double", BaseType.FLOAT8),
            Map.entry("numeric", BaseType.NUMERIC), Map.entry("decimal", BaseType.NUMERIC),
            Map.entry("money", BaseType.MONEY),
            Map.entry("text", BaseType.TEXT), Map.entry("citext", BaseType.TEXT),
            Map.entry("varchar", BaseType.VARCHAR), Map.entry("character varying", BaseType.VARCHAR),
            Map.entry("char", BaseType.BPCHAR), Map.entry("character", BaseType.BPCHAR), Map.entry("bpchar", BaseType.BPCHAR),
            Map.entry("name", BaseType.NAME),
            Map.entry("bytea", BaseType.BYTEA), Map.entry("uuid", BaseType.UUID),
            Map.entry("date", BaseType.DATE),
            Map.entry("time", BaseType.TIME), Map.entry("time without time zone", BaseType.TIME),
            Map.entry("timetz", BaseType.TIMETZ), Map.entry("time with time zone", BaseType.TIMETZ),
            Map.entry("timestamp", BaseType.TIMESTAMP), Map.entry("timestamp without time zone", BaseType.TIMESTAMP),
            Map.entry("timestamptz", BaseType.TIMESTAMPTZ), Map.entry("timestamp with time zone", BaseType.TIMESTAMPTZ),
            Map.entry("interval", BaseType.INTERVAL),
            Map.entry("json", BaseType.JSON), Map.entry("jsonb", BaseType.JSONB));

    /**
     * PostgreSQL types Quarry reads as strings ({@link BaseType#OTHER}) that exist in a plain server
     * or in common extensions; any other unknown name is likely a typo or a missing CREATE TYPE.
     */
    private static final java.util.Set<String> KNOWN_POSTGRES_OTHER = java.util.Set.of(
            "inet", "cidr", "macaddr", "macaddr8", "xml", "tsvector", "tsquery", "bit", "varbit", "point", "line",
            "lseg", "box", "path", "polygon", "circle", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange",
            "datemultirange", "oid", "regclass", "regtype", "regproc", "pg_lsn", "txid_snapshot", "pg_snapshot", "char",
            "hstore", "ltree", "lquery", "geometry", "geography", "vector", "cube", "isbn", "ean13");

    private TypeNames() {}

    /** Whether a PostgreSQL type Quarry maps to a string is one that exists without a CREATE TYPE. */
    public static boolean isKnownOtherPostgresType(SqlType type) {
        SqlType t = type instanceof SqlType.Array a ? a.element() : type;
        return !(t instanceof SqlType.Scalar s) || s.base() != BaseType.OTHER || KNOWN_POSTGRES_OTHER.contains(s.name());
    }

    /** Whether a PostgreSQL type name declares an auto-numbered column. */
    public static boolean isSerial(String name) {
        String n = normalize(name);
        return n.equals("serial") || n.equals("bigserial") || n.equals("smallserial")
                || n.equals("serial2") || n.equals("serial4") || n.equals("serial8");
    }

    /**
     * Resolves a declared type name. {@code userTypes} looks up types declared in the schema (enums)
     * by their unqualified or qualified name. PostgreSQL names Quarry does not know become
     * {@link BaseType#OTHER} scalars named as written; SQLite names follow its affinity rules.
     */
    public static SqlType resolve(Engine engine, String declared, Function<String, Optional<SqlType>> userTypes) {
        if (engine == Engine.POSTGRESQL) {
            Optional<SqlType> special = postgresSpecial(declared.trim());
            if (special.isPresent()) {
                return special.get();
            }
        }
        if (engine.isMysqlFamily()) {
            return MysqlTypeNames.resolve(declared);
        }
        String name = normalize(declared);
        Matcher array = ARRAY_SUFFIX.matcher(name);
        int dims = 0;
        if (array.matches()) {
            dims = (int) array.group(2).chars().filter(c -> c == '[').count();
            name = array.group(1).trim();
        }
        if (name.endsWith(" array")) {
            dims++;
            name = name.substring(0, name.length() - " array".length()).trim();
        }
        SqlType element = switch (engine) {
            case POSTGRESQL -> postgres(name, userTypes);
            case SQLITE -> sqlite(name);
            case MYSQL, MARIADB -> MysqlTypeNames.resolve(name);
        };
        // PostgreSQL does not distinguish array dimensions in types; int[][] is int4[]
        return dims > 0 ? new SqlType.Array(element) : element;
    }

    private static SqlType postgres(String name, Function<String, Optional<SqlType>> userTypes) {
        if (name.startsWith("interval ")) {
            // interval fields (interval day to second) restrict values, not the type
            return BaseType.INTERVAL.type();
        }
        if (name.startsWith("_") && POSTGRES.containsKey(name.substring(1))) {
            return new SqlType.Array(POSTGRES.get(name.substring(1)).type());
        }
        String base = name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length()) : name;
        BaseType known = POSTGRES.get(base);
        if (known != null) {
            return known.type();
        }
        Optional<SqlType> user = userTypes.apply(name);
        if (user.isPresent()) {
            return user.get();
        }
        return SqlType.Scalar.other(POSTGRES_OTHER_NAMES.getOrDefault(base, base));
    }

    /**
     * Names whose meaning normalizing would lose: the quoted {@code "char"} is PostgreSQL's one-byte
     * type, not {@code char(1)}; {@code float(p)} is {@code real} up to 24 bits of precision.
     */
    private static Optional<SqlType> postgresSpecial(String declared) {
        if (declared.equals("\"char\"")) {
            return Optional.of(SqlType.Scalar.other("char"));
        }
        Matcher precision = FLOAT_PRECISION.matcher(declared.toLowerCase(Locale.ROOT));
        if (precision.find() && declared.indexOf('[') < 0) {
            int bits = Integer.parseInt(precision.group(1));
            return Optional.of((bits <= 24 ? BaseType.FLOAT4 : BaseType.FLOAT8).type());
        }
        return Optional.empty();
    }

    /** SQLite's affinity rules (section 3.1 of its datatype page), after a few common names. */
    private static SqlType sqlite(String name) {
        switch (name) {
            case "boolean", "bool":
                return BaseType.BOOL.type();
            case "date":
                return BaseType.DATE.type();
            case "time":
                return BaseType.TIME.type();
            case "datetime", "timestamp":
                return BaseType.TIMESTAMP.type();
            case "decimal", "numeric":
                return BaseType.NUMERIC.type();
            case "uuid":
                // stored as its text, like dates and times
                return BaseType.UUID.type();
            default:
                break;
        }
        if (name.contains("int")) {
            return BaseType.INT8.type();
        }
        if (name.contains("char") || name.contains("clob") || name.contains("text")) {
            return BaseType.TEXT.type();
        }
        if (name.isEmpty() || name.contains("blob")) {
            return BaseType.BYTEA.type();
        }
        if (name.contains("real") || name.contains("floa") || name.contains("doub")) {
            return BaseType.FLOAT8.type();
        }
        return BaseType.NUMERIC.type();
    }

    /** Lower case, type arguments removed, white space folded, quotes dropped. */
    static String normalize(String declared) {
        String n = declared.toLowerCase(Locale.ROOT).replace("\"", "");
        n = ARGS.matcher(n).replaceAll("");
        return SPACES.matcher(n.trim()).replaceAll(" ");
    }
}

package dev.quarry.core.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's declared type names ({@code int(10) unsigned zerofill},
 * {@code varchar(20) character set utf8mb4}, {@code tinyint(1)}) and cast targets ({@code SIGNED},
 * {@code UNSIGNED}, {@code CHAR}) in Quarry's types.
 *
 * <p>Signed integers map onto PostgreSQL's: tinyint and smallint are {@code int2}, mediumint and
 * int {@code int4}, bigint {@code int8}. Unsigned ones have their own base types
 * ({@link BaseType#UINT1} ... {@link BaseType#UINT8}; mediumint unsigned is {@code UINT4}).
 * {@code tinyint(1)}, {@code bit(1)} and bool/boolean are {@code bool}, as MariaDB's driver reads them;
 * a wider {@code bit(n)} is a {@code bigint} holding the bits.
 * {@code datetime} and {@code timestamp} are {@code timestamp} (a local date-time), {@code year}
 * is {@code int4}, {@code serial} is {@code bigint unsigned}, {@code SET(...)} columns are the {@code set} scalar read as a string.
 * {@code ENUM(...)} columns are enum types the catalog creates per column; here, without a column,
 * an enum is text.
 */
final class MysqlTypeNames {
    private static final Pattern TINYINT_1 = Pattern.compile("^tinyint\\s*\\(\\s*1\\s*\\)(\\s+signed)?\\s*$");
    private static final Pattern BIT_1 = Pattern.compile("^bit(\\s*\\(\\s*1\\s*\\))?\\s*$");
    private static final Pattern ARGS = Pattern.compile("\\s*\\([^)]*\\)");

    private static final Map<String, BaseType> NAMES = Map.ofEntries(
            Map.entry("bool", BaseType.BOOL), Map.entry("boolean", BaseType.BOOL),
            Map.entry("decimal", BaseType.NUMERIC), Map.entry("numeric", BaseType.NUMERIC),
            Map.entry("dec", BaseType.NUMERIC), Map.entry("fixed", BaseType.NUMERIC),
            Map.entry("float", BaseType.FLOAT4), Map.entry("float4", BaseType.FLOAT4),
            Map.entry("double", BaseType.FLOAT8), Map.entry("double precision", BaseType.FLOAT8),
            Map.entry("real", BaseType.FLOAT8), Map.entry("float8", BaseType.FLOAT8),
            Map.entry("char", BaseType.BPCHAR), Map.entry("character", BaseType.BPCHAR), Map.entry("nchar", BaseType.BPCHAR),
            Map.entry("national char", BaseType.BPCHAR),
            Map.entry("varchar", BaseType.VARCHAR), Map.entry("character varying", BaseType.VARCHAR),
            Map.entry("nvarchar", BaseType.VARCHAR), Map.entry("national varchar", BaseType.VARCHAR),
            Map.entry("varchar2", BaseType.VARCHAR), Map.entry("char varying", BaseType.VARCHAR),
            Map.entry("tinytext", BaseType.TEXT), Map.entry("text", BaseType.TEXT), Map.entry("mediumtext", BaseType.TEXT),
            Map.entry("longtext", BaseType.TEXT), Map.entry("long", BaseType.TEXT), Map.entry("long varchar", BaseType.TEXT),
            Map.entry("enum", BaseType.TEXT),
            Map.entry("binary", BaseType.BYTEA), Map.entry("varbinary", BaseType.BYTEA), Map.entry("tinyblob", BaseType.BYTEA),
            Map.entry("blob", BaseType.BYTEA), Map.entry("mediumblob", BaseType.BYTEA), Map.entry("longblob", BaseType.BYTEA),
            Map.entry("long varbinary", BaseType.BYTEA),
            Map.entry("date", BaseType.DATE), Map.entry("time", BaseType.TIME),
            Map.entry("datetime", BaseType.TIMESTAMP), Map.entry("timestamp", BaseType.TIMESTAMP),
            Map.entry("year", BaseType.INT4),
            Map.entry("json", BaseType.JSON), Map.entry("uuid", BaseType.UUID));

    private MysqlTypeNames() {}

    static SqlType resolve(String declared) {
        String lower = declared.toLowerCase(Locale.ROOT).replace("`", "").replace("\"", "").trim();
        if (TINYINT_1.matcher(lower).matches() || BIT_1.matcher(lower).matches()) {
            return BaseType.BOOL.type();
        }
        String plain = ARGS.matcher(lower).replaceAll("").trim().replaceAll("\\s+", " ");
        switch (plain) {
            // CAST(x AS SIGNED) and CAST(x AS UNSIGNED) are 64 bits wide
            case "signed", "signed integer", "signed int":
                return BaseType.INT8.type();
            case "unsigned", "unsigned integer", "unsigned int":
                return BaseType.UINT8.type();
            default:
                break;
        }
        boolean unsigned = false;
        List<String> words = new ArrayList<>();
        for (String word : plain.split(" ")) {
            if (word.equals("unsigned") || word.equals("zerofill")) {
                unsigned = true; // ZEROFILL implies UNSIGNED
            } else if (word.equals("character") && !words.isEmpty() || word.equals("charset")
                    || word.equals("collate") || word.equals("ascii") || word.equals("unicode")) {
                break; // character set and collation do not change the type
            } else if (!word.equals("signed") && !(word.equals("binary") && !words.isEmpty())) {
                words.add(word);
            }
        }
        String name = String.join(" ", words);
        BaseType integer = integer(name, unsigned);
        if (integer != null) {
            return integer.type();
        }
        if (name.equals("bit")) {
            // bit(2) .. bit(64): the driver reads and binds the bits as a long (bit(64)'s top bit is the sign)
            return BaseType.INT8.type();
        }
        if (name.equals("set")) {
            return SqlType.Scalar.other("set");
        }
        BaseType known = NAMES.get(name);
        return known != null ? known.type() : SqlType.Scalar.other(name);
    }

    private static BaseType integer(String name, boolean unsigned) {
        return switch (name) {
            case "tinyint", "int1" -> unsigned ? BaseType.UINT1 : BaseType.INT2;
            case "smallint", "int2" -> unsigned ? BaseType.UINT2 : BaseType.INT2;
            case "mediumint", "int3", "middleint", "int", "integer", "int4" -> unsigned ? BaseType.UINT4 : BaseType.INT4;
            case "bigint", "int8" -> unsigned ? BaseType.UINT8 : BaseType.INT8;
            case "serial" -> BaseType.UINT8; // BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE
            default -> null;
        };
    }
}

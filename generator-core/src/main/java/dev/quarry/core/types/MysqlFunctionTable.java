package dev.quarry.core.types;

import dev.quarry.core.types.MysqlFunction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * MySQL's and MariaDB's common functions with result types as MariaDB 10.11's result metadata
 * reports them: string functions are varchar, {@code group_concat} text, integer-valued functions
 * int (bigint where the server says so), {@code now()} datetime ({@code timestamp} here), JSON
 * functions varchar (MariaDB's JSON is text). Checked against the server by MysqlServerTypesTest.
 */
final class MysqlFunctionTable {
    private static final SqlType ANY = SqlType.UNKNOWN;
    private static final SqlType INT = BaseType.INT4.type();
    private static final SqlType BIGINT = BaseType.INT8.type();
    private static final SqlType UBIGINT = BaseType.UINT8.type();
    private static final SqlType DECIMAL = BaseType.NUMERIC.type();
    private static final SqlType DOUBLE = BaseType.FLOAT8.type();
    private static final SqlType VARCHAR = BaseType.VARCHAR.type();
    private static final SqlType TEXT = BaseType.TEXT.type();
    private static final SqlType DATE = BaseType.DATE.type();
    private static final SqlType TIME = BaseType.TIME.type();
    private static final SqlType DATETIME = BaseType.TIMESTAMP.type();
    private static final SqlType BOOL = BaseType.BOOL.type();

    private MysqlFunctionTable() {}

    static Map<String, List<MysqlFunction>> build() {
        List<MysqlFunction> all = new ArrayList<>();
        strings(all);
        numbers(all);
        dates(all);
        jsonAndMisc(all);
        aggregates(all);
        Map<String, List<MysqlFunction>> byName = new TreeMap<>();
        for (MysqlFunction f : all) {
            byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byName);
    }

    private static void strings(List<MysqlFunction> t) {
        for (String name : List.of("concat", "lower", "upper", "lcase", "ucase", "trim", "ltrim", "rtrim", "reverse",
                "md5", "sha1", "sha2", "hex", "space", "soundex", "quote")) {
            t.add(strict(name, 1, -1, List.of(ANY), VARCHAR));
        }
        t.add(lenient("concat_ws", 2, -1, List.of(VARCHAR, ANY), VARCHAR));
        for (String name : List.of("substring", "substr", "left", "right", "repeat", "lpad", "rpad", "replace",
                "substring_index", "insert", "mid", "format")) {
            t.add(strict(name, 2, 4, List.of(VARCHAR, INT), VARCHAR));
        }
        t.add(strict("replace", 3, 3, List.of(VARCHAR), VARCHAR));
        for (String name : List.of("length", "char_length", "character_length", "octet_length", "bit_length", "ascii",
                "ord")) {
            t.add(strict(name, 1, 1, List.of(VARCHAR), INT));
        }
        t.add(strict("locate", 2, 3, List.of(VARCHAR, VARCHAR, INT), INT));
        t.add(strict("instr", 2, 2, List.of(VARCHAR), INT));
        t.add(strict("position", 2, 2, List.of(VARCHAR), INT));
        t.add(strict("strcmp", 2, 2, List.of(VARCHAR), INT));
        t.add(strict("find_in_set", 2, 2, List.of(VARCHAR), INT));
    }

    private static void numbers(List<MysqlFunction> t) {
        t.add(strict("abs", 1, 1, List.of(ANY), args -> first(args, DECIMAL)));
        for (String name : List.of("ceil", "ceiling", "floor")) {
            t.add(strict(name, 1, 1, List.of(ANY), args -> isFloat(first(args, DECIMAL)) ? DOUBLE
                    : isInteger(first(args, DECIMAL)) ? first(args, DECIMAL) : BIGINT));
        }
        t.add(strict("round", 1, 2, List.of(ANY, INT), args -> first(args, DECIMAL)));
        t.add(strict("truncate", 2, 2, List.of(ANY, INT), args -> first(args, DECIMAL)));
        t.add(strict("mod", 2, 2, List.of(ANY), args -> MysqlArithmetic.result("%", args.get(0), args.get(1))));
        t.add(strict("sign", 1, 1, List.of(DOUBLE), INT));
        for (String name : List.of("sqrt", "exp", "ln", "log", "log2", "log10", "pow", "power", "sin", "cos", "tan",
                "asin", "acos", "atan", "atan2", "degrees", "radians", "cot")) {
            t.add(strict(name, 1, 2, List.of(DOUBLE), DOUBLE));
        }
        t.add(lenient("rand", 0, 1, List.of(BIGINT), DOUBLE));
        t.add(lenient("pi", 0, 0, List.of(), DOUBLE));
        t.add(strict("bit_count", 1, 1, List.of(BIGINT), INT));
    }

    private static void dates(List<MysqlFunction> t) {
        for (String name : List.of("now", "current_timestamp", "localtime", "localtimestamp", "sysdate",
                "utc_timestamp")) {
            t.add(lenient(name, 0, 1, List.of(INT), DATETIME));
        }
        for (String name : List.of("curdate", "current_date", "utc_date")) {
            t.add(lenient(name, 0, 0, List.of(), DATE));
        }
        for (String name : List.of("curtime", "current_time", "utc_time")) {
            t.add(lenient(name, 0, 1, List.of(INT), TIME));
        }
        // date functions return NULL for an invalid date, whatever their arguments
        t.add(strict("date", 1, 1, List.of(DATETIME), DATE));
        t.add(strict("last_day", 1, 1, List.of(DATETIME), DATE));
        t.add(strict("makedate", 2, 2, List.of(INT), DATE));
        t.add(strict("from_days", 1, 1, List.of(INT), DATE));
        t.add(strict("time", 1, 1, List.of(DATETIME), TIME));
        t.add(strict("timediff", 2, 2, List.of(DATETIME), TIME));
        t.add(strict("sec_to_time", 1, 1, List.of(INT), TIME));
        t.add(strict("timestamp", 1, 2, List.of(DATETIME, TIME), DATETIME));
        t.add(strict("from_unixtime", 1, 1, List.of(BIGINT), DATETIME));
        t.add(strict("str_to_date", 2, 2, List.of(VARCHAR), DATETIME));
        t.add(strict("convert_tz", 3, 3, List.of(DATETIME, VARCHAR), DATETIME));
        // adding to a date gives a date, to a datetime a datetime
        for (String name : List.of("date_add", "date_sub", "adddate", "subdate", "addtime", "subtime")) {
            t.add(strict(name, 2, 2, List.of(ANY, ANY), args -> first(args, DATETIME).equals(DATE) && !name.endsWith("time")
                    ? DATE : name.endsWith("time") && first(args, DATETIME).equals(TIME) ? TIME : DATETIME));
        }
        for (String name : List.of("year", "month", "day", "dayofmonth", "dayofweek", "dayofyear", "weekday", "week",
                "weekofyear", "yearweek", "quarter", "hour", "minute", "second", "microsecond", "to_days",
                "datediff", "period_add", "period_diff", "time_to_sec")) {
            t.add(strict(name, 1, 2, List.of(DATETIME), INT));
        }
        t.add(strict("datediff", 2, 2, List.of(DATETIME), INT));
        t.add(strict("to_seconds", 1, 1, List.of(DATETIME), BIGINT));
        t.add(lenient("unix_timestamp", 0, 1, List.of(DATETIME), args -> args.isEmpty() ? BIGINT : DECIMAL));
        t.add(strict("timestampdiff", 3, 3, List.of(ANY, DATETIME), BIGINT));
        for (String name : List.of("dayname", "monthname", "date_format", "time_format")) {
            t.add(strict(name, 1, 2, List.of(DATETIME, VARCHAR), VARCHAR));
        }
    }

    private static void jsonAndMisc(List<MysqlFunction> t) {
        for (String name : List.of("json_extract", "json_unquote", "json_set", "json_insert", "json_replace",
                "json_remove", "json_merge", "json_merge_patch", "json_merge_preserve", "json_keys", "json_type",
                "json_quote", "json_compact", "json_query", "json_value", "json_array_append", "json_search")) {
            t.add(strict(name, 1, -1, List.of(VARCHAR, ANY), VARCHAR));
        }
        t.add(lenient("json_object", 0, -1, List.of(ANY), VARCHAR));
        t.add(lenient("json_array", 0, -1, List.of(ANY), VARCHAR));
        t.add(strict("json_length", 1, 2, List.of(VARCHAR), INT));
        t.add(strict("json_contains", 2, 3, List.of(VARCHAR), BOOL));
        t.add(strict("json_valid", 1, 1, List.of(VARCHAR), BOOL));
        t.add(lenient("last_insert_id", 0, 1, List.of(BIGINT), UBIGINT));
        t.add(lenient("row_count", 0, 0, List.of(), BIGINT));
        t.add(lenient("found_rows", 0, 0, List.of(), BIGINT));
        t.add(lenient("uuid", 0, 0, List.of(), BaseType.UUID.type()));
        t.add(lenient("database", 0, 0, List.of(), VARCHAR));
        t.add(lenient("version", 0, 0, List.of(), VARCHAR));
        t.add(lenient("connection_id", 0, 0, List.of(), BaseType.UINT4.type()));
        t.add(lenient("if", 3, 3, List.of(BOOL, ANY), args -> firstKnown(args.subList(1, args.size()))));
        t.add(lenient("isnull", 1, 1, List.of(ANY), BOOL));
        // VALUES(col) in ON DUPLICATE KEY UPDATE: the value the row would have had
        t.add(lenient("values", 1, 1, List.of(ANY), args -> first(args, ANY)));
    }

    private static void aggregates(List<MysqlFunction> t) {
        t.add(aggregate("count", 0, -1, args -> BIGINT));
        // exact sums and averages are decimal, floating ones double
        t.add(aggregate("sum", 1, 1, args -> isFloat(first(args, DECIMAL)) ? DOUBLE : DECIMAL));
        t.add(aggregate("avg", 1, 1, args -> isFloat(first(args, DECIMAL)) ? DOUBLE : DECIMAL));
        t.add(aggregate("min", 1, 1, args -> first(args, ANY)));
        t.add(aggregate("max", 1, 1, args -> first(args, ANY)));
        t.add(aggregate("group_concat", 1, -1, args -> TEXT));
        for (String name : List.of("std", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp")) {
            t.add(aggregate(name, 1, 1, args -> DOUBLE));
        }
        for (String name : List.of("bit_and", "bit_or", "bit_xor")) {
            t.add(aggregate(name, 1, 1, args -> UBIGINT));
        }
        t.add(aggregate("json_arrayagg", 1, 1, args -> TEXT));
        t.add(aggregate("json_objectagg", 2, 2, args -> TEXT));
        for (String name : List.of("row_number", "rank", "dense_rank")) {
            t.add(new MysqlFunction(name, 0, 0, List.of(), args -> BIGINT, Kind.WINDOW, false));
        }
        t.add(new MysqlFunction("ntile", 1, 1, List.of(BIGINT), args -> BIGINT, Kind.WINDOW, false));
        t.add(new MysqlFunction("percent_rank", 0, 0, List.of(), args -> DOUBLE, Kind.WINDOW, false));
        t.add(new MysqlFunction("cume_dist", 0, 0, List.of(), args -> DOUBLE, Kind.WINDOW, false));
        for (String name : List.of("lag", "lead", "first_value", "last_value", "nth_value")) {
            t.add(new MysqlFunction(name, 1, 3, List.of(ANY, BIGINT, ANY), args -> first(args, ANY), Kind.WINDOW, false));
        }
    }

    static boolean isFloat(SqlType type) {
        return type instanceof SqlType.Scalar s && (s.base() == BaseType.FLOAT4 || s.base() == BaseType.FLOAT8);
    }

    static boolean isInteger(SqlType type) {
        return type instanceof SqlType.Scalar s && (s.base().isInteger() || s.base() == BaseType.BOOL);
    }

    private static SqlType first(List<SqlType> args, SqlType otherwise) {
        return args.isEmpty() || args.get(0) instanceof SqlType.Unknown ? otherwise : args.get(0);
    }

    private static SqlType firstKnown(List<SqlType> args) {
        return args.stream().filter(a -> !(a instanceof SqlType.Unknown)).findFirst().orElse(ANY);
    }

    private static MysqlFunction strict(String name, int min, int max, List<SqlType> params, SqlType result) {
        return strict(name, min, max, params, args -> result);
    }

    private static MysqlFunction strict(String name, int min, int max, List<SqlType> params,
            Function<List<SqlType>, SqlType> result) {
        return new MysqlFunction(name, min, max, params, result, Kind.SCALAR, true);
    }

    private static MysqlFunction lenient(String name, int min, int max, List<SqlType> params, SqlType result) {
        return lenient(name, min, max, params, args -> result);
    }

    private static MysqlFunction lenient(String name, int min, int max, List<SqlType> params,
            Function<List<SqlType>, SqlType> result) {
        return new MysqlFunction(name, min, max, params, result, Kind.SCALAR, false);
    }

    private static MysqlFunction aggregate(String name, int min, int max, Function<List<SqlType>, SqlType> result) {
        return new MysqlFunction(name, min, max, List.of(ANY), result, Kind.AGGREGATE, false);
    }
}

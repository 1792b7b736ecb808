package dev.quarry.core.types;

import dev.quarry.core.types.SqliteFunction.Kind;
import dev.quarry.core.types.SqliteResult.FirstKnown;
import dev.quarry.core.types.SqliteResult.Fixed;
import dev.quarry.core.types.SqliteResult.IntegerOrReal;
import dev.quarry.core.types.SqliteResult.SameAs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite's core, date, JSON, math, aggregate and window functions (sqlite.org/lang_corefunc.html,
 * lang_datefunc.html, json1.html, lang_aggfunc.html, windowfunctions.html) with result types in
 * Quarry's terms: INTEGER is int8, REAL float8, TEXT text, BLOB bytea; truth values are bool.
 * SQLite has no catalog to read these from, hence a hand-kept table.
 */
final class SqliteFunctionTable {
    private static final SqlType ANY = SqlType.UNKNOWN;
    private static final SqlType INT = BaseType.INT8.type();
    private static final SqlType REAL = BaseType.FLOAT8.type();
    private static final SqlType TEXT = BaseType.TEXT.type();
    private static final SqlType BLOB = BaseType.BYTEA.type();
    private static final SqlType BOOL = BaseType.BOOL.type();

    private SqliteFunctionTable() {}

    /** Entries by lower-case name, several where the argument count decides (min, max). */
    static Map<String, List<SqliteFunction>> build() {
        List<SqliteFunction> all = new ArrayList<>();
        scalar(all);
        dateAndJson(all);
        aggregateAndWindow(all);
        Map<String, List<SqliteFunction>> byName = new TreeMap<>();
        for (SqliteFunction f : all) {
            byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byName);
    }

    private static void scalar(List<SqliteFunction> t) {
        t.add(strict("abs", 1, 1, List.of(ANY), new IntegerOrReal()));
        t.add(lenient("changes", 0, 0, List.of(), new Fixed(INT)));
        t.add(lenient("char", 0, -1, List.of(INT), new Fixed(TEXT)));
        t.add(lenient("coalesce", 2, -1, List.of(ANY), new FirstKnown(0)));
        t.add(lenient("concat", 1, -1, List.of(ANY), new Fixed(TEXT)));
        t.add(lenient("concat_ws", 2, -1, List.of(TEXT, ANY), new Fixed(TEXT)));
        t.add(lenient("format", 1, -1, List.of(TEXT, ANY), new Fixed(TEXT)));
        t.add(lenient("printf", 1, -1, List.of(TEXT, ANY), new Fixed(TEXT)));
        t.add(strict("glob", 2, 2, List.of(TEXT), new Fixed(BOOL)));
        t.add(strict("hex", 1, 1, List.of(ANY), new Fixed(TEXT)));
        t.add(lenient("ifnull", 2, 2, List.of(ANY), new FirstKnown(0)));
        t.add(lenient("iif", 3, 3, List.of(BOOL, ANY), new FirstKnown(1)));
        t.add(strict("instr", 2, 2, List.of(TEXT), new Fixed(INT)));
        t.add(lenient("last_insert_rowid", 0, 0, List.of(), new Fixed(INT)));
        t.add(strict("length", 1, 1, List.of(ANY), new Fixed(INT)));
        t.add(strict("octet_length", 1, 1, List.of(ANY), new Fixed(INT)));
        t.add(strict("like", 2, 3, List.of(TEXT), new Fixed(BOOL)));
        t.add(strict("lower", 1, 1, List.of(TEXT), new Fixed(TEXT)));
        t.add(strict("upper", 1, 1, List.of(TEXT), new Fixed(TEXT)));
        t.add(strict("ltrim", 1, 2, List.of(TEXT), new Fixed(TEXT)));
        t.add(strict("rtrim", 1, 2, List.of(TEXT), new Fixed(TEXT)));
        t.add(strict("trim", 1, 2, List.of(TEXT), new Fixed(TEXT)));
        // with two or more arguments min and max are scalar, NULL when any argument is
        t.add(strict("max", 2, -1, List.of(ANY), new FirstKnown(0)));
        t.add(strict("min", 2, -1, List.of(ANY), new FirstKnown(0)));
        t.add(lenient("nullif", 2, 2, List.of(ANY), new SameAs(0)));
        t.add(lenient("quote", 1, 1, List.of(ANY), new Fixed(TEXT)));
        t.add(lenient("random", 0, 0, List.of(), new Fixed(INT)));
        t.add(strict("randomblob", 1, 1, List.of(INT), new Fixed(BLOB)));
        t.add(strict("replace", 3, 3, List.of(TEXT), new Fixed(TEXT)));
        t.add(strict("round", 1, 2, List.of(REAL, INT), new Fixed(REAL)));
        t.add(strict("sign", 1, 1, List.of(ANY), new Fixed(INT)));
        t.add(strict("substr", 2, 3, List.of(TEXT, INT), new Fixed(TEXT)));
        t.add(strict("substring", 2, 3, List.of(TEXT, INT), new Fixed(TEXT)));
        t.add(lenient("total_changes", 0, 0, List.of(), new Fixed(INT)));
        t.add(lenient("typeof", 1, 1, List.of(ANY), new Fixed(TEXT)));
        t.add(strict("unhex", 1, 2, List.of(TEXT), new Fixed(BLOB)));
        t.add(strict("unicode", 1, 1, List.of(TEXT), new Fixed(INT)));
        t.add(strict("zeroblob", 1, 1, List.of(INT), new Fixed(BLOB)));
        t.add(lenient("sqlite_version", 0, 0, List.of(), new Fixed(TEXT)));
        for (String name : List.of("ceil", "ceiling", "floor", "trunc")) {
            t.add(strict(name, 1, 1, List.of(ANY), new IntegerOrReal()));
        }
        for (String name : List.of("sqrt", "exp", "ln", "log10", "log2", "acos", "asin", "atan", "cos", "sin", "tan",
                "degrees", "radians")) {
            t.add(strict(name, 1, 1, List.of(REAL), new Fixed(REAL)));
        }
        t.add(strict("log", 1, 2, List.of(REAL), new Fixed(REAL)));
        t.add(strict("pow", 2, 2, List.of(REAL), new Fixed(REAL)));
        t.add(strict("power", 2, 2, List.of(REAL), new Fixed(REAL)));
        t.add(strict("mod", 2, 2, List.of(REAL), new Fixed(REAL)));
        t.add(lenient("pi", 0, 0, List.of(), new Fixed(REAL)));
    }

    private static void dateAndJson(List<SqliteFunction> t) {
        // date functions return NULL for malformed input whatever their arguments, so they are nullable
        t.add(strict("date", 0, -1, List.of(ANY, TEXT), new Fixed(TEXT)));
        t.add(strict("time", 0, -1, List.of(ANY, TEXT), new Fixed(TEXT)));
        t.add(strict("datetime", 0, -1, List.of(ANY, TEXT), new Fixed(TEXT)));
        t.add(strict("julianday", 0, -1, List.of(ANY, TEXT), new Fixed(REAL)));
        t.add(strict("unixepoch", 0, -1, List.of(ANY, TEXT), new Fixed(INT)));
        t.add(strict("strftime", 1, -1, List.of(TEXT, ANY, TEXT), new Fixed(TEXT)));
        t.add(strict("timediff", 2, 2, List.of(ANY), new Fixed(TEXT)));
        t.add(strict("json", 1, 1, List.of(TEXT), new Fixed(TEXT)));
        t.add(lenient("json_array", 0, -1, List.of(ANY), new Fixed(TEXT)));
        t.add(lenient("json_object", 0, -1, List.of(TEXT, ANY), new Fixed(TEXT)));
        t.add(strict("json_array_length", 1, 2, List.of(TEXT), new Fixed(INT)));
        // the SQL type of an extracted value depends on the document, which analysis cannot see: it is
        // read as text, which every value converts to (42 as "42", an object or array as its JSON);
        // a missing path gives NULL (FunctionTyper.MAY_RETURN_NULL). CAST it for another type.
        t.add(strict("json_extract", 2, -1, List.of(TEXT), new Fixed(TEXT)));
        t.add(strict("json_type", 1, 2, List.of(TEXT), new Fixed(TEXT)));
        t.add(lenient("json_valid", 1, 2, List.of(TEXT, INT), new Fixed(BOOL)));
        t.add(lenient("json_quote", 1, 1, List.of(ANY), new Fixed(TEXT)));
        for (String name : List.of("json_insert", "json_replace", "json_set")) {
            t.add(strict(name, 1, -1, List.of(TEXT, TEXT, ANY), new Fixed(TEXT)));
        }
        t.add(strict("json_remove", 1, -1, List.of(TEXT), new Fixed(TEXT)));
        t.add(strict("json_patch", 2, 2, List.of(TEXT), new Fixed(TEXT)));
    }

    private static void aggregateAndWindow(List<SqliteFunction> t) {
        t.add(aggregate("count", 0, 1, new Fixed(INT)));
        t.add(aggregate("sum", 1, 1, new IntegerOrReal()));
        t.add(aggregate("total", 1, 1, new Fixed(REAL)));
        t.add(aggregate("avg", 1, 1, new Fixed(REAL)));
        t.add(aggregate("min", 1, 1, new SameAs(0)));
        t.add(aggregate("max", 1, 1, new SameAs(0)));
        t.add(aggregate("group_concat", 1, 2, new Fixed(TEXT)));
        t.add(aggregate("string_agg", 2, 2, new Fixed(TEXT)));
        t.add(aggregate("json_group_array", 1, 1, new Fixed(TEXT)));
        t.add(aggregate("json_group_object", 2, 2, new Fixed(TEXT)));
        for (String name : List.of("row_number", "rank", "dense_rank")) {
            t.add(window(name, 0, 0, List.of(), new Fixed(INT)));
        }
        t.add(window("percent_rank", 0, 0, List.of(), new Fixed(REAL)));
        t.add(window("cume_dist", 0, 0, List.of(), new Fixed(REAL)));
        t.add(window("ntile", 1, 1, List.of(INT), new Fixed(INT)));
        t.add(window("lag", 1, 3, List.of(ANY, INT, ANY), new SameAs(0)));
        t.add(window("lead", 1, 3, List.of(ANY, INT, ANY), new SameAs(0)));
        t.add(window("first_value", 1, 1, List.of(ANY), new SameAs(0)));
        t.add(window("last_value", 1, 1, List.of(ANY), new SameAs(0)));
        t.add(window("nth_value", 2, 2, List.of(ANY, INT), new SameAs(0)));
    }

    private static SqliteFunction strict(String name, int min, int max, List<SqlType> params, SqliteResult result) {
        return new SqliteFunction(name, min, max, params, result, Kind.SCALAR, true);
    }

    private static SqliteFunction lenient(String name, int min, int max, List<SqlType> params, SqliteResult result) {
        return new SqliteFunction(name, min, max, params, result, Kind.SCALAR, false);
    }

    private static SqliteFunction aggregate(String name, int min, int max, SqliteResult result) {
        return new SqliteFunction(name, min, max, List.of(ANY), result, Kind.AGGREGATE, false);
    }

    private static SqliteFunction window(String name, int min, int max, List<SqlType> params, SqliteResult result) {
        return new SqliteFunction(name, min, max, params, result, Kind.WINDOW, false);
    }
}

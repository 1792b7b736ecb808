package dev.quarry.core.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Calls whose typing the server decides: functions and operators with concrete argument types,
 * {@code unknown} for an untyped parameter and {@code mood} for a test enum. Calls the server
 * rejects are part of it too (ambiguous or missing); the resolver must reject them as well.
 */
final class PgSignatureCorpus {

    /** One call; {@code left} is null for functions and prefix operators. */
    record Call(boolean operator, String name, @Nullable String left, List<String> args) {
        String label() {
            if (!operator) {
                return name + "(" + String.join(", ", args) + ")";
            }
            return left == null ? name + " " + args.get(0) : left + " " + name + " " + args.get(0);
        }
    }

    private PgSignatureCorpus() {}

    static Call fn(String name, String... args) {
        return new Call(false, name, null, Arrays.asList(args));
    }

    static Call op(String left, String name, String right) {
        return new Call(true, name, left, List.of(right));
    }

    static Call prefix(String name, String operand) {
        return new Call(true, name, null, List.of(operand));
    }

    static List<Call> calls() {
        List<Call> c = new ArrayList<>();
        strings(c);
        aggregates(c);
        dates(c);
        json(c);
        arraysAndMisc(c);
        operators(c);
        return List.copyOf(c);
    }

    private static void strings(List<Call> c) {
        c.add(fn("lower", "text"));
        c.add(fn("LOWER", "varchar"));
        c.add(fn("lower", "unknown"));
        c.add(fn("upper", "unknown"));
        c.add(fn("upper", "name"));
        c.add(fn("length", "varchar"));
        c.add(fn("length", "text"));
        c.add(fn("length", "bpchar"));
        c.add(fn("length", "bytea"));
        c.add(fn("length", "unknown"));
        c.add(fn("lower", "int4"));
        c.add(fn("concat", "text", "int4"));
        c.add(fn("concat", "unknown", "int4"));
        c.add(fn("concat_ws", "text", "text", "int4"));
        c.add(fn("format", "text", "int4", "text"));
        c.add(fn("substring", "text", "int4", "int4"));
        c.add(fn("substr", "varchar", "int4"));
        c.add(fn("left", "text", "int4"));
        c.add(fn("replace", "text", "unknown", "unknown"));
        c.add(fn("strpos", "text", "text"));
        c.add(fn("split_part", "text", "text", "int4"));
        c.add(fn("regexp_replace", "text", "text", "text"));
        c.add(fn("lpad", "text", "int4", "text"));
        c.add(fn("btrim", "text"));
        c.add(fn("md5", "text"));
        c.add(fn("md5", "bytea"));
        c.add(fn("encode", "bytea", "text"));
        c.add(fn("decode", "text", "text"));
        c.add(fn("starts_with", "text", "unknown"));
        c.add(fn("char_length", "varchar"));
        c.add(fn("to_tsvector", "unknown"));
        c.add(fn("string_to_array", "text", "text"));
    }

    private static void aggregates(List<Call> c) {
        for (String t : List.of("int2", "int4", "int8", "numeric", "float4", "float8", "interval", "money")) {
            c.add(fn("sum", t));
        }
        c.add(fn("sum", "unknown"));
        for (String t : List.of("int2", "int4", "int8", "float8", "numeric", "interval")) {
            c.add(fn("avg", t));
        }
        c.add(fn("count"));
        c.add(fn("count", "int4"));
        c.add(fn("count", "text"));
        c.add(fn("count", "unknown"));
        c.add(fn("min", "text"));
        c.add(fn("min", "varchar"));
        c.add(fn("min", "unknown"));
        c.add(fn("max", "timestamptz"));
        c.add(fn("max", "int4"));
        c.add(fn("max", "date"));
        c.add(fn("max", "mood"));
        c.add(fn("max", "int4[]"));
        c.add(fn("string_agg", "text", "text"));
        c.add(fn("string_agg", "varchar", "unknown"));
        c.add(fn("array_agg", "int4"));
        c.add(fn("array_agg", "text"));
        c.add(fn("array_agg", "int4[]"));
        c.add(fn("array_agg", "mood"));
        c.add(fn("array_agg", "unknown"));
        c.add(fn("bool_and", "bool"));
        c.add(fn("bool_or", "bool"));
        c.add(fn("every", "bool"));
        c.add(fn("json_agg", "int4"));
        c.add(fn("json_agg", "text"));
        c.add(fn("jsonb_agg", "jsonb"));
        c.add(fn("row_number"));
        c.add(fn("rank"));
        c.add(fn("percent_rank"));
        c.add(fn("ntile", "int4"));
        c.add(fn("lag", "int4"));
        c.add(fn("lag", "int4", "int4", "int4"));
        c.add(fn("lead", "text", "int4"));
        c.add(fn("first_value", "timestamptz"));
        c.add(fn("nth_value", "text", "int4"));
    }

    private static void dates(List<Call> c) {
        c.add(fn("now"));
        c.add(fn("clock_timestamp"));
        c.add(fn("date_trunc", "text", "timestamptz"));
        c.add(fn("date_trunc", "text", "timestamp"));
        c.add(fn("date_trunc", "unknown", "timestamptz"));
        c.add(fn("date_trunc", "text", "interval"));
        c.add(fn("date_trunc", "text", "timestamptz", "text"));
        c.add(fn("date_part", "text", "timestamp"));
        c.add(fn("date_part", "text", "date"));
        c.add(fn("to_char", "timestamptz", "text"));
        c.add(fn("to_char", "numeric", "text"));
        c.add(fn("to_char", "int4", "unknown"));
        c.add(fn("age", "timestamptz"));
        c.add(fn("age", "timestamptz", "timestamptz"));
        c.add(fn("to_timestamp", "float8"));
        c.add(fn("to_timestamp", "text", "text"));
        c.add(fn("to_date", "text", "text"));
        c.add(fn("make_date", "int4", "int4", "int4"));
        c.add(fn("make_interval", "int4"));
        c.add(fn("generate_series", "int4", "int4"));
        c.add(fn("generate_series", "int8", "int8"));
        c.add(fn("generate_series", "int4", "int8"));
        c.add(fn("generate_series", "numeric", "int4"));
        c.add(fn("generate_series", "int4", "unknown"));
        c.add(fn("generate_series", "timestamptz", "timestamptz", "interval"));
        c.add(fn("generate_series", "timestamp", "timestamp", "interval"));
        c.add(fn("generate_series", "date", "date", "interval"));
        c.add(fn("date", "timestamptz"));
        c.add(fn("date", "text"));
        c.add(fn("int4", "numeric"));
        c.add(fn("text", "int4"));
        c.add(fn("float8", "int4"));
    }

    private static void json(List<Call> c) {
        c.add(fn("jsonb_build_object", "text", "int4", "text", "bool"));
        c.add(fn("jsonb_build_object"));
        c.add(fn("jsonb_build_object", "unknown", "int4"));
        c.add(fn("json_build_object", "text", "text"));
        c.add(fn("jsonb_build_array", "int4", "text"));
        c.add(fn("jsonb_array_elements", "jsonb"));
        c.add(fn("jsonb_array_elements_text", "jsonb"));
        c.add(fn("json_array_elements", "json"));
        c.add(fn("jsonb_each", "jsonb"));
        c.add(fn("jsonb_object_keys", "jsonb"));
        c.add(fn("to_jsonb", "int4"));
        c.add(fn("to_json", "text"));
        c.add(fn("jsonb_extract_path", "jsonb", "text", "text"));
        c.add(fn("jsonb_extract_path_text", "jsonb", "unknown"));
        c.add(fn("jsonb_set", "jsonb", "text[]", "jsonb"));
        c.add(fn("jsonb_typeof", "jsonb"));
    }

    private static void arraysAndMisc(List<Call> c) {
        c.add(fn("unnest", "int4[]"));
        c.add(fn("unnest", "text[]"));
        c.add(fn("unnest", "unknown"));
        c.add(fn("array_length", "int4[]", "int4"));
        c.add(fn("array_position", "text[]", "text"));
        c.add(fn("array_append", "int4[]", "unknown"));
        c.add(fn("array_append", "int4[]", "int8"));
        c.add(fn("array_append", "unknown", "unknown"));
        c.add(fn("array_cat", "int4[]", "int4[]"));
        c.add(fn("array_to_string", "int4[]", "text"));
        c.add(fn("cardinality", "text[]"));
        c.add(fn("array_remove", "text[]", "text"));
        c.add(fn("array_upper", "int4[]", "int4"));
        c.add(fn("round", "numeric", "int4"));
        c.add(fn("round", "float8"));
        c.add(fn("round", "numeric"));
        c.add(fn("round", "int4"));
        c.add(fn("round", "int4", "int4"));
        c.add(fn("abs", "float8"));
        c.add(fn("abs", "int4"));
        c.add(fn("abs", "int2"));
        c.add(fn("abs", "numeric"));
        c.add(fn("abs", "unknown"));
        c.add(fn("random"));
        c.add(fn("gen_random_uuid"));
        c.add(fn("nextval", "unknown"));
        c.add(fn("nextval", "text"));
        c.add(fn("current_setting", "text"));
        c.add(fn("current_setting", "text", "bool"));
        c.add(fn("pg_typeof", "unknown"));
    }

    private static void operators(List<Call> c) {
        String[][] binary = {
            {"int4", "+", "int4"}, {"int4", "+", "int8"}, {"int4", "/", "int4"}, {"numeric", "*", "int4"},
            {"float8", "*", "int4"}, {"int8", "-", "int4"}, {"int2", "+", "int2"}, {"int2", "+", "int4"},
            {"float4", "*", "float8"}, {"numeric", "/", "numeric"}, {"money", "*", "float8"}, {"int4", "%", "int4"},
            {"int4", "+", "unknown"}, {"text", "+", "int4"},
            {"timestamptz", "-", "timestamptz"}, {"timestamptz", "+", "interval"}, {"date", "+", "int4"},
            {"date", "-", "date"}, {"date", "+", "interval"}, {"date", "-", "int4"}, {"timestamp", "-", "interval"},
            {"time", "+", "interval"}, {"interval", "*", "float8"}, {"interval", "/", "int4"},
            {"jsonb", "->", "text"}, {"jsonb", "->", "int4"}, {"jsonb", "->>", "text"}, {"json", "->>", "text"},
            {"jsonb", "->>", "unknown"}, {"jsonb", "#>>", "text[]"}, {"jsonb", "#>", "text[]"}, {"jsonb", "?", "text"},
            {"jsonb", "@>", "jsonb"}, {"jsonb", "-", "text"}, {"jsonb", "||", "jsonb"},
            {"text", "||", "text"}, {"text", "||", "int4"}, {"int4", "||", "text"}, {"varchar", "||", "varchar"},
            {"text", "||", "unknown"}, {"int4[]", "||", "int4"}, {"int4[]", "||", "int4[]"}, {"bytea", "||", "bytea"},
            {"text", "~~", "text"}, {"varchar", "~~", "unknown"}, {"text", "~~*", "text"}, {"text", "~", "text"},
            {"int4", "=", "int8"}, {"int4", "=", "unknown"}, {"text", "=", "unknown"}, {"unknown", "=", "unknown"},
            {"varchar", "=", "text"}, {"bpchar", "=", "unknown"}, {"uuid", "=", "uuid"}, {"uuid", "=", "unknown"},
            {"mood", "=", "mood"}, {"mood", "<", "mood"}, {"mood", "=", "unknown"}, {"int4", "<", "numeric"},
            {"float8", ">", "int4"}, {"int4", "<>", "int4"}, {"timestamptz", "<", "timestamp"},
            {"timestamptz", "=", "date"}, {"text[]", "@>", "text[]"}, {"int4[]", "=", "int4[]"},
        };
        for (String[] b : binary) {
            c.add(op(b[0], b[1], b[2]));
        }
        c.add(prefix("-", "int4"));
        c.add(prefix("-", "numeric"));
        c.add(prefix("-", "interval"));
        c.add(prefix("-", "unknown"));
        c.add(prefix("~", "int4"));
    }
}

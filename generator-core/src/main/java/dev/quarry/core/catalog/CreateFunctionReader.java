package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the signature of {@code CREATE [OR REPLACE] FUNCTION name (args) RETURNS [SETOF] type |
 * RETURNS TABLE (...)} from tokens: JSqlParser keeps a function's signature as opaque text. The
 * body is never read.
 */
final class CreateFunctionReader {
    private static final Set<String> ARG_MODES = Set.of("IN", "OUT", "INOUT", "VARIADIC");
    /** Words that end the RETURNS type. */
    private static final Set<String> OPTION_WORDS = Set.of(
            "LANGUAGE", "AS", "STRICT", "IMMUTABLE", "STABLE", "VOLATILE", "CALLED", "RETURNS", "SECURITY", "PARALLEL",
            "COST", "ROWS", "SET", "LEAKPROOF", "NOT", "WINDOW", "BEGIN", "RETURN", "TRANSFORM", "SUPPORT", "EXTERNAL",
            // MySQL's characteristics (a CHARSET after a string type is read with the type)
            "DETERMINISTIC", "READS", "MODIFIES", "CONTAINS", "NO", "SQL", "COMMENT");

    private final SchemaModel model;
    /** Resolves a declared type name in a schema. */
    private final BiFunction<String, String, SqlType> types;

    CreateFunctionReader(SchemaModel model, BiFunction<String, String, SqlType> types) {
        this.model = model;
        this.types = types;
    }

    /** The function declared by these tokens, or empty when the signature is not one Quarry reads. */
    Optional<UserFunction> read(List<Token> tokens) {
        int i = 1;
        while (i < tokens.size() && !tokens.get(i).isWord("FUNCTION")) {
            i++;
        }
        i++;
        StringBuilder rawName = new StringBuilder();
        while (i < tokens.size() && !tokens.get(i).is('(')) {
            rawName.append(tokens.get(i).text());
            i++;
        }
        if (i >= tokens.size() || rawName.length() == 0) {
            return Optional.empty();
        }
        Identifiers.QualifiedName name = model.ids().qualified(rawName.toString());
        int close = closing(tokens, i);
        if (close < 0) {
            return Optional.empty();
        }
        List<SqlType> params = new ArrayList<>();
        int defaults = 0;
        for (List<Token> arg : split(tokens.subList(i + 1, close))) {
            String mode = arg.isEmpty() ? "" : arg.get(0).upper();
            if (mode.equals("OUT")) {
                continue;
            }
            List<Token> rest = ARG_MODES.contains(mode) ? arg.subList(1, arg.size()) : arg;
            int defaultAt = indexOfDefault(rest);
            if (defaultAt >= 0) {
                defaults++;
                rest = rest.subList(0, defaultAt);
            } else {
                defaults = 0;
            }
            params.add(argumentType(rest, name.schema()));
        }
        return returns(tokens, close + 1, name, params, defaults);
    }

    private Optional<UserFunction> returns(List<Token> tokens, int from, Identifiers.QualifiedName name,
            List<SqlType> params, int defaults) {
        int i = from;
        while (i < tokens.size() && !tokens.get(i).isWord("RETURNS")) {
            i++;
        }
        if (i + 1 >= tokens.size()) {
            return Optional.empty();
        }
        i++;
        boolean strict = strict(tokens);
        if (tokens.get(i).isWord("TABLE") && i + 1 < tokens.size() && tokens.get(i + 1).is('(')) {
            int close = closing(tokens, i + 1);
            List<Column> columns = new ArrayList<>();
            for (List<Token> col : split(tokens.subList(i + 2, Math.max(i + 2, close)))) {
                if (col.size() >= 2) {
                    columns.add(new Column(model.ids().name(col.get(0).text()),
                            types.apply(text(col.subList(1, col.size())), name.schema()), false, false, false));
                }
            }
            return Optional.of(new UserFunction(name.schema(), name.name(), params, defaults,
                    new SqlType.Scalar(BaseType.OTHER, "record"), true, columns, strict));
        }
        boolean setOf = tokens.get(i).isWord("SETOF");
        if (setOf) {
            i++;
        }
        int end = i;
        while (end < tokens.size() && !OPTION_WORDS.contains(tokens.get(end).upper())) {
            end++;
        }
        SqlType returnType = types.apply(text(tokens.subList(i, end)), name.schema());
        return Optional.of(new UserFunction(name.schema(), name.name(), params, defaults, returnType, setOf, List.of(),
                strict));
    }

    /** An argument is {@code [name] type}: the name is there when the rest alone is a type. */
    private SqlType argumentType(List<Token> arg, String schema) {
        SqlType whole = types.apply(text(arg), schema);
        if (arg.size() > 1) {
            SqlType withoutName = types.apply(text(arg.subList(1, arg.size())), schema);
            if (known(withoutName) && !known(whole)) {
                return withoutName;
            }
        }
        return whole;
    }

    /** Whether a type is one Quarry knows by name (not a made-up OTHER from "argname type"). */
    private static boolean known(SqlType type) {
        SqlType t = type instanceof SqlType.Array a ? a.element() : type;
        return !(t instanceof SqlType.Scalar s && s.base() == BaseType.OTHER);
    }

    private static boolean strict(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).isWord("STRICT")) {
                return true;
            }
            if (tokens.get(k).isWord("RETURNS") && k + 2 < tokens.size() && tokens.get(k + 1).isWord("NULL")
                    && tokens.get(k + 2).isWord("ON")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfDefault(List<Token> arg) {
        for (int k = 0; k < arg.size(); k++) {
            if (arg.get(k).isWord("DEFAULT") || arg.get(k).is('=')) {
                return k;
            }
        }
        return -1;
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).is('(')) {
                depth++;
            } else if (tokens.get(k).is(')') && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** Splits at top-level commas. */
    private static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (t.is('(')) {
                depth++;
            } else if (t.is(')')) {
                depth--;
            }
            if (t.is(',') && depth == 0) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    private static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0 && !t.is('(') && !t.is(')') && !t.text().startsWith("[")) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}

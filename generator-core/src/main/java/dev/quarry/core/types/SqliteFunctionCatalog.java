package dev.quarry.core.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's functions and operators. SQLite types values, not expressions, so result types here are
 * what the values are for typical inputs: integer arithmetic stays INTEGER (int8), anything with a
 * REAL is float8, {@code sum} of integers is int8, {@code avg} and {@code total} float8, {@code count}
 * int8; comparisons are bool. An untyped argument takes the parameter's type where the function has
 * one, else the other operand's type.
 */
public final class SqliteFunctionCatalog implements FunctionCatalog {
    /** Runs of white space inside an operator ({@code IS  NOT DISTINCT FROM}) fold to one space. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final SqlType INT = BaseType.INT8.type();
    private static final SqlType REAL = BaseType.FLOAT8.type();
    private static final SqlType NUMERIC = BaseType.NUMERIC.type();
    private static final SqlType TEXT = BaseType.TEXT.type();
    private static final SqlType BOOL = BaseType.BOOL.type();

    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%");
    private static final Set<String> BITWISE = Set.of("&", "|", "<<", ">>");
    private static final Set<String> COMPARISON = Set.of("=", "==", "<>", "!=", "<", "<=", ">", ">=", "LIKE",
            "NOT LIKE", "GLOB", "NOT GLOB", "REGEXP", "NOT REGEXP", "MATCH");
    /** Operators that give a truth value even for NULL operands. */
    private static final Set<String> NULL_SAFE = Set.of("IS", "IS NOT", "AND", "OR");

    private final Map<String, List<SqliteFunction>> functions;

    private SqliteFunctionCatalog() {
        this.functions = SqliteFunctionTable.build();
    }

    public static SqliteFunctionCatalog instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SqliteFunctionCatalog INSTANCE = new SqliteFunctionCatalog();
    }

    @Override
    public Optional<FunctionMatch> resolveFunction(String name, List<SqlType> argTypes) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (SqliteFunction f : functions.getOrDefault(lower, List.of())) {
            if (f.accepts(argTypes.size())) {
                List<SqlType> params = new ArrayList<>();
                for (int i = 0; i < argTypes.size(); i++) {
                    SqlType declared = f.param(i);
                    params.add(declared instanceof SqlType.Unknown ? argTypes.get(i) : declared);
                }
                boolean variadic = f.maxArgs() < 0;
                return Optional.of(new FunctionMatch(lower, params, f.result().typeFor(argTypes), f.strict(),
                        f.kind() == SqliteFunction.Kind.AGGREGATE, f.kind() == SqliteFunction.Kind.WINDOW, false,
                        variadic));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<FunctionMatch> resolveOperator(String op, @Nullable SqlType left, SqlType right) {
        String name = SPACES.matcher(op.trim()).replaceAll(" ").toUpperCase(Locale.ROOT);
        if (left == null) {
            return prefix(name, right);
        }
        SqlType l = left instanceof SqlType.Unknown ? right : left;
        SqlType r = right instanceof SqlType.Unknown ? left : right;
        if (ARITHMETIC.contains(name)) {
            return Optional.of(binary(name, l, r, arithmetic(l, r), true));
        }
        if (BITWISE.contains(name)) {
            return Optional.of(binary(name, INT, INT, INT, true));
        }
        if (name.equals("||")) {
            return Optional.of(binary(name, TEXT, TEXT, TEXT, true));
        }
        if (COMPARISON.contains(name)) {
            return Optional.of(binary(name, l, r, BOOL, true));
        }
        if (NULL_SAFE.contains(name)) {
            return Optional.of(binary(name, l, r, BOOL, false));
        }
        if (name.equals("->")) {
            return Optional.of(binary(name, TEXT, r, TEXT, true));
        }
        if (name.equals("->>")) {
            // like json_extract, the value's SQL type depends on the document
            return Optional.of(binary(name, TEXT, r, SqlType.UNKNOWN, true));
        }
        return Optional.empty();
    }

    private static Optional<FunctionMatch> prefix(String name, SqlType operand) {
        return switch (name) {
            case "-", "+" -> Optional.of(new FunctionMatch(name, List.of(operand),
                    operand instanceof SqlType.Unknown ? SqlType.UNKNOWN : arithmetic(operand, operand),
                    true, false, false, false, false));
            case "~" -> Optional.of(new FunctionMatch(name, List.of(INT), INT, true, false, false, false, false));
            case "NOT" -> Optional.of(new FunctionMatch(name, List.of(BOOL), BOOL, true, false, false, false, false));
            default -> Optional.empty();
        };
    }

    private static FunctionMatch binary(String name, SqlType left, SqlType right, SqlType result, boolean strict) {
        return new FunctionMatch(name, List.of(left, right), result, strict, false, false, false, false);
    }

    /** INTEGER op INTEGER is INTEGER, a REAL operand makes REAL; text or NUMERIC operands may be either. */
    private static SqlType arithmetic(SqlType left, SqlType right) {
        if (left instanceof SqlType.Unknown || right instanceof SqlType.Unknown) {
            return SqlType.UNKNOWN;
        }
        if (SqliteResult.isInteger(left) && SqliteResult.isInteger(right)) {
            return INT;
        }
        if (isReal(left) || isReal(right)) {
            return REAL;
        }
        return NUMERIC;
    }

    private static boolean isReal(SqlType type) {
        return type instanceof SqlType.Scalar s && (s.base() == BaseType.FLOAT4 || s.base() == BaseType.FLOAT8);
    }

    /**
     * SQLite converts freely by affinity; Quarry allows it within a storage class: numbers among
     * numbers, text-stored types (text, dates and times, uuid, json) among themselves.
     */
    @Override
    public boolean canImplicitlyCast(SqlType from, SqlType to) {
        if (from.equals(to) || from instanceof SqlType.Unknown) {
            return true;
        }
        StorageClass f = StorageClass.of(from);
        return f != StorageClass.OTHER && f == StorageClass.of(to);
    }

    private enum StorageClass {
        NUMBER,
        TEXT,
        BLOB,
        OTHER;

        static StorageClass of(SqlType type) {
            if (!(type instanceof SqlType.Scalar s)) {
                return type instanceof SqlType.Enum ? TEXT : OTHER;
            }
            BaseType b = s.base();
            if (b.isNumeric() || b == BaseType.BOOL) {
                return NUMBER;
            }
            if (b.isText() || b.isTemporal() || b == BaseType.UUID || b == BaseType.JSON || b == BaseType.JSONB) {
                return TEXT;
            }
            return b == BaseType.BYTEA ? BLOB : OTHER;
        }
    }
}

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
 * MySQL's and MariaDB's functions and operators ({@link MysqlFunctionTable}, {@link MysqlArithmetic}).
 * MySQL has no boolean type: comparisons are int 0/1 on the server; Quarry types them {@code bool},
 * which JDBC reads from 0/1. {@code ||} is OR unless PIPES_AS_CONCAT is set, and typed as OR.
 */
public final class MysqlFunctionCatalog implements FunctionCatalog {
    /** Runs of white space inside an operator ({@code IS  NOT DISTINCT FROM}) fold to one space. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final SqlType BOOL = BaseType.BOOL.type();
    private static final SqlType UBIGINT = BaseType.UINT8.type();

    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%", "DIV", "MOD");
    private static final Set<String> BITWISE = Set.of("&", "|", "^", "<<", ">>");
    private static final Set<String> COMPARISON = Set.of("=", "<>", "!=", "<", "<=", ">", ">=", "LIKE", "NOT LIKE",
            "REGEXP", "NOT REGEXP", "RLIKE", "SOUNDS LIKE");
    private static final Set<String> NULL_SAFE = Set.of("<=>", "IS", "IS NOT");
    private static final Set<String> LOGICAL = Set.of("AND", "OR", "XOR", "&&", "||");

    private final Map<String, List<MysqlFunction>> functions;

    private MysqlFunctionCatalog() {
        this.functions = MysqlFunctionTable.build();
    }

    public static MysqlFunctionCatalog instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final MysqlFunctionCatalog INSTANCE = new MysqlFunctionCatalog();
    }

    @Override
    public Optional<FunctionMatch> resolveFunction(String name, List<SqlType> argTypes) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (MysqlFunction f : functions.getOrDefault(lower, List.of())) {
            if (f.accepts(argTypes.size())) {
                List<SqlType> params = new ArrayList<>();
                for (int i = 0; i < argTypes.size(); i++) {
                    SqlType declared = f.param(i);
                    params.add(declared instanceof SqlType.Unknown ? argTypes.get(i) : declared);
                }
                return Optional.of(new FunctionMatch(lower, params, f.result().apply(argTypes), f.strict(),
                        f.kind() == MysqlFunction.Kind.AGGREGATE, f.kind() == MysqlFunction.Kind.WINDOW, false,
                        f.maxArgs() < 0));
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
            return Optional.of(binary(name, l, r, MysqlArithmetic.result(name.equals("MOD") ? "%" : name, l, r), true));
        }
        if (BITWISE.contains(name)) {
            return Optional.of(binary(name, UBIGINT, UBIGINT, UBIGINT, true));
        }
        if (COMPARISON.contains(name)) {
            return Optional.of(binary(name, l, r, BOOL, true));
        }
        if (NULL_SAFE.contains(name)) {
            return Optional.of(binary(name, l, r, BOOL, false));
        }
        if (LOGICAL.contains(name)) {
            return Optional.of(binary(name, BOOL, BOOL, BOOL, !name.equals("OR") && !name.equals("||")));
        }
        if (name.equals("->") || name.equals("->>")) {
            return Optional.of(binary(name, BaseType.JSON.type(), BaseType.TEXT.type(), BaseType.TEXT.type(), true));
        }
        return Optional.empty();
    }

    private static Optional<FunctionMatch> prefix(String name, SqlType operand) {
        return switch (name) {
            case "-", "+" -> Optional.of(new FunctionMatch(name, List.of(operand), operand, true, false, false, false,
                    false));
            case "~" -> Optional.of(new FunctionMatch(name, List.of(UBIGINT), UBIGINT, true, false, false, false, false));
            case "NOT", "!" -> Optional.of(new FunctionMatch(name, List.of(BOOL), BOOL, true, false, false, false, false));
            default -> Optional.empty();
        };
    }

    private static FunctionMatch binary(String name, SqlType left, SqlType right, SqlType result, boolean strict) {
        return new FunctionMatch(name, List.of(left, right), result, strict, false, false, false, false);
    }

    /**
     * MySQL converts between almost anything; Quarry allows numbers among numbers (booleans are
     * tinyint), and strings with dates, times, JSON and enums, which MySQL compares as strings.
     */
    @Override
    public boolean canImplicitlyCast(SqlType from, SqlType to) {
        if (from.equals(to) || from instanceof SqlType.Unknown) {
            return true;
        }
        Family f = Family.of(from);
        return f != Family.OTHER && f == Family.of(to);
    }

    private enum Family {
        NUMBER,
        STRING,
        BINARY,
        OTHER;

        static Family of(SqlType type) {
            if (type instanceof SqlType.Enum) {
                return STRING;
            }
            if (!(type instanceof SqlType.Scalar s)) {
                return OTHER;
            }
            BaseType b = s.base();
            if (b.isNumeric() || b == BaseType.BOOL) {
                return NUMBER;
            }
            if (b.isText() || b.isTemporal() || b == BaseType.JSON || b == BaseType.UUID || b == BaseType.OTHER) {
                return STRING;
            }
            return b == BaseType.BYTEA ? BINARY : OTHER;
        }
    }
}

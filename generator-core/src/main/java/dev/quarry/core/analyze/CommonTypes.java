package dev.quarry.core.analyze;

import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.FunctionCatalog;
import dev.quarry.core.types.SqlType;
import java.util.List;
import java.util.Optional;

/**
 * The common type of several expressions (UNION arms, CASE branches, COALESCE arguments, ARRAY
 * elements), following PostgreSQL's rules: unknowns take the others' type, all-unknown is text, a
 * preferred type of the category wins, otherwise the last type the preceding ones convert to.
 */
final class CommonTypes {
    /** Implicit numeric widening, in PostgreSQL's order. */
    private static final List<BaseType> NUMERIC_LADDER =
            List.of(BaseType.INT2, BaseType.INT4, BaseType.INT8, BaseType.NUMERIC, BaseType.FLOAT4, BaseType.FLOAT8);

    private final FunctionCatalog functions;

    CommonTypes(FunctionCatalog functions) {
        this.functions = functions;
    }

    /**
     * Empty when the types cannot be unified. As PostgreSQL's {@code select_common_type}: start
     * from the first known type; a later type of the same category replaces it only when the
     * current one is not its category's preferred type and converts to the later one implicitly but
     * not back ({@code varchar UNION text} stays varchar, {@code int4 UNION int8} becomes int8).
     */
    Optional<SqlType> resolve(List<SqlType> types) {
        List<SqlType> known = types.stream().filter(t -> !(t instanceof SqlType.Unknown)).toList();
        if (known.isEmpty()) {
            return Optional.of(types.isEmpty() ? SqlType.UNKNOWN : BaseType.TEXT.type());
        }
        SqlType chosen = known.get(0);
        for (SqlType next : known.subList(1, known.size())) {
            if (next.equals(chosen)) {
                continue;
            }
            if (!category(next).equals(category(chosen))) {
                return Optional.empty();
            }
            if (!isPreferred(chosen) && implicitlyCasts(chosen, next) && !implicitlyCasts(next, chosen)) {
                chosen = next;
            } else if (!implicitlyCasts(next, chosen)) {
                return Optional.empty();
            }
        }
        return Optional.of(chosen);
    }

    /** PostgreSQL's type categories, as far as the built-in types Quarry maps go. */
    private static String category(SqlType type) {
        if (type instanceof SqlType.Array) {
            return "A";
        }
        if (type instanceof SqlType.Enum e) {
            return "E:" + e.name();
        }
        if (!(type instanceof SqlType.Scalar s)) {
            return "?";
        }
        BaseType b = s.base();
        if (b.isNumeric()) {
            return "N";
        }
        if (b.isText()) {
            return "S";
        }
        if (b == BaseType.DATE || b == BaseType.TIME || b == BaseType.TIMETZ || b == BaseType.TIMESTAMP
                || b == BaseType.TIMESTAMPTZ) {
            return "D";
        }
        return b == BaseType.OTHER ? "U:" + s.name() : b.name();
    }

    /**
     * Whether a value can be stored in a column of type {@code to} without a cast, as PostgreSQL's
     * assignment rules allow: any implicit cast, any conversion within a type category (numeric to
     * integer, timestamptz to date), and anything into a string type (through its text form).
     * Types Quarry does not know well (enums, other named types, arrays) are given the benefit of the doubt.
     */
    boolean assignable(SqlType from, SqlType to) {
        if (from.equals(to) || implicitlyCasts(from, to)) {
            return true;
        }
        if (!(from instanceof SqlType.Scalar f) || !(to instanceof SqlType.Scalar t)
                || f.base() == BaseType.OTHER || t.base() == BaseType.OTHER) {
            return true;
        }
        return t.base().isText() || category(from).equals(category(to));
    }

    boolean implicitlyCasts(SqlType from, SqlType to) {
        if (from.equals(to)) {
            return true;
        }
        if (from instanceof SqlType.Scalar f && to instanceof SqlType.Scalar t) {
            int a = NUMERIC_LADDER.indexOf(f.base());
            int b = NUMERIC_LADDER.indexOf(t.base());
            if (a >= 0 && b >= 0) {
                return a < b;
            }
            if (f.base().isText() && t.base() == BaseType.TEXT) {
                return true;
            }
            if (f.base() == BaseType.DATE && (t.base() == BaseType.TIMESTAMP || t.base() == BaseType.TIMESTAMPTZ)) {
                return true;
            }
            if (f.base() == BaseType.TIMESTAMP && t.base() == BaseType.TIMESTAMPTZ) {
                return true;
            }
        }
        return functions.canImplicitlyCast(from, to);
    }

    private static boolean isPreferred(SqlType t) {
        return t instanceof SqlType.Scalar s && (s.base() == BaseType.TEXT || s.base() == BaseType.FLOAT8
                || s.base() == BaseType.TIMESTAMPTZ || s.base() == BaseType.BOOL || s.base() == BaseType.INTERVAL);
    }
}

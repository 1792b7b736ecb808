package dev.quarry.core.types;

/**
 * MySQL's result types of arithmetic over columns: integers give bigint (bigint unsigned when an
 * operand is unsigned), a decimal operand decimal, a float or string operand double; {@code /}
 * gives decimal on exact operands, {@code DIV} bigint; a date plus or minus an INTERVAL is a date,
 * any other value a datetime (as DATE_ADD). (MariaDB types integer arithmetic on short
 * literals by digit count, {@code 1 + 1} is int; Quarry does not follow that.)
 */
final class MysqlArithmetic {
    private MysqlArithmetic() {}

    static SqlType result(String op, SqlType left, SqlType right) {
        if (left instanceof SqlType.Unknown || right instanceof SqlType.Unknown) {
            return SqlType.UNKNOWN;
        }
        if ((op.equals("+") || op.equals("-")) && isInterval(right) || op.equals("+") && isInterval(left)) {
            // as DATE_ADD: a date stays a date, anything else becomes a datetime
            SqlType moved = isInterval(right) ? left : right;
            return moved.equals(BaseType.DATE.type()) ? BaseType.DATE.type() : BaseType.TIMESTAMP.type();
        }
        if (isApproximate(left) || isApproximate(right)) {
            return BaseType.FLOAT8.type();
        }
        if (op.equals("DIV")) {
            return unsigned(left) || unsigned(right) ? BaseType.UINT8.type() : BaseType.INT8.type();
        }
        if (op.equals("/") || isDecimal(left) || isDecimal(right)) {
            return BaseType.NUMERIC.type();
        }
        return unsigned(left) || unsigned(right) ? BaseType.UINT8.type() : BaseType.INT8.type();
    }

    /** Floating point, and anything not a number (strings and dates convert to double). */
    private static boolean isApproximate(SqlType type) {
        return !(type instanceof SqlType.Scalar s) || !(s.base().isInteger() || s.base() == BaseType.NUMERIC
                || s.base() == BaseType.BOOL);
    }

    private static boolean isInterval(SqlType type) {
        return type instanceof SqlType.Scalar s && s.base() == BaseType.INTERVAL;
    }

    private static boolean isDecimal(SqlType type) {
        return type instanceof SqlType.Scalar s && s.base() == BaseType.NUMERIC;
    }

    private static boolean unsigned(SqlType type) {
        return type instanceof SqlType.Scalar s && s.base().isUnsigned();
    }
}

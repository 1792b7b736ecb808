package dev.quarry.cli;

import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.function.BiFunction;

/**
 * TODO(emit): use emit.JavaTypeMapper. A stand-in for the SQL to Java type mapping that emission
 * owns, so that {@code analyze --json} has javaType values until that mapping lands; delete this
 * class then. Follows the table in DESIGN.md, without overrides.
 */
final class InterimJavaTypes implements BiFunction<SqlType, Boolean, String> {

    @Override
    public String apply(SqlType type, Boolean nullable) {
        if (type instanceof SqlType.Scalar scalar) {
            return scalar(scalar.base(), nullable);
        }
        if (type instanceof SqlType.Array array) {
            return "java.util.List<" + apply(array.element(), true) + ">";
        }
        if (type instanceof SqlType.Enum enumType) {
            return pascalCase(enumType.name());
        }
        return "java.lang.Object";
    }

    private static String scalar(BaseType base, boolean nullable) {
        return switch (base) {
            case BOOL -> nullable ? "java.lang.Boolean" : "boolean";
            case INT2 -> nullable ? "java.lang.Short" : "short";
            case INT4 -> nullable ? "java.lang.Integer" : "int";
            case INT8 -> nullable ? "java.lang.Long" : "long";
            case FLOAT4 -> nullable ? "java.lang.Float" : "float";
            case FLOAT8 -> nullable ? "java.lang.Double" : "double";
            case NUMERIC, MONEY -> "java.math.BigDecimal";
            case TEXT, VARCHAR, BPCHAR, NAME, OTHER -> "java.lang.String";
            case BYTEA -> "byte[]";
            case UUID -> "java.util.UUID";
            case DATE -> "java.time.LocalDate";
            case TIME -> "java.time.LocalTime";
            case TIMETZ -> "java.time.OffsetTime";
            case TIMESTAMP -> "java.time.LocalDateTime";
            case TIMESTAMPTZ -> "java.time.OffsetDateTime";
            case INTERVAL -> "org.jooq.types.YearToSecond";
            case JSON -> "org.jooq.JSON";
            case JSONB -> "org.jooq.JSONB";
        };
    }

    private static String pascalCase(String sqlName) {
        StringBuilder name = new StringBuilder();
        for (String part : sqlName.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.isEmpty() ? "Enum" : name.toString();
    }
}

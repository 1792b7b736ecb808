package dev.quarry.core.emit;

import static dev.quarry.core.emit.RuntimeTypes.ARRAY_ELEMENTS;
import static dev.quarry.core.emit.RuntimeTypes.MYSQL_TIME;
import static dev.quarry.core.emit.RuntimeTypes.PARAMS;
import static dev.quarry.core.emit.RuntimeTypes.RESULTS;
import static dev.quarry.core.emit.RuntimeTypes.SQLITE_TIME;
import static dev.quarry.core.emit.RuntimeTypes.SQL_ARRAYS;
import static dev.quarry.core.emit.RuntimeTypes.UNSIGNED;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.quarry.core.config.Engine;
import dev.quarry.core.config.TypeOverride;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ParamIr;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.sql.Types;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How generated code reads a column ({@code rs}, by index) and binds a parameter ({@code ps}) of
 * each type, per engine. The setter depends only on the SQL type, never on the value, so a
 * statement is bound the same way on every call.
 */
final class JdbcAccess {
    private static final ClassName TYPES = ClassName.get(Types.class);

    private final Engine engine;
    private final JavaTypeMapper types;

    JdbcAccess(JavaTypeMapper types) {
        this.engine = types.engine();
        this.types = types;
    }

    /** An expression reading a result column at {@code index}, its type override applied. */
    CodeBlock read(ColumnIr column, int index) {
        return read(column.sqlType(), column.nullable(), index, column.origin());
    }

    /** An expression reading a value of {@code type} at {@code index}, a database-type override applied. */
    CodeBlock read(SqlType type, boolean nullable, int index) {
        return read(type, nullable, index, null);
    }

    CodeBlock read(SqlType type, boolean nullable, int index, ColumnIr.@Nullable ColumnOrigin column) {
        Optional<TypeOverride> o = types.override(type, column);
        if (o.isEmpty()) {
            return readBase(type, nullable, index);
        }
        if (o.get().converter() != null) {
            return CodeBlock.of("$N.from($L)", converterField(o.get().converter()), readBase(type, true, index));
        }
        return CodeBlock.of("rs.getObject($L, $T.class)", index, ClassName.bestGuess(o.get().javaType()));
    }

    /**
     * Reads the generated key at column 1 of {@code ps.getGeneratedKeys()} (or SQLite's rowid query).
     * MariaDB's driver reports the insert id as a signed long, so a {@code bigint unsigned} key is
     * read through a runtime method that restores values above {@code Long.MAX_VALUE}.
     */
    CodeBlock readGeneratedKey(SqlType type) {
        boolean unsignedKey = type instanceof SqlType.Scalar s && s.base() == BaseType.UINT8;
        if (engine.isMysqlFamily() && unsignedKey && types.override(type, null).isEmpty()) {
            return CodeBlock.of("$T.$L(rs, 1)", UNSIGNED,
                    types.widensUnsigned() ? "getGeneratedBigInteger" : "getGeneratedULong");
        }
        return read(type, false, 1);
    }

    /** A statement binding a parameter, its type override applied. */
    CodeBlock bind(ParamIr param, Object index, String value) {
        return bind(param.sqlType(), param.nullable(), index, value, param.column());
    }

    /** Binds one element of a {@code sqlc.slice} list: the parameter's type and overrides, never null. */
    CodeBlock bindElement(ParamIr slice, Object index, String value) {
        return bind(slice.sqlType(), false, index, value, slice.column());
    }

    /**
     * A statement (without semicolon) binding {@code value} (a name or an accessor call) at
     * {@code index} (a number or an expression such as {@code base + 2}) of {@code ps}, a
     * database-type override applied.
     */
    CodeBlock bind(SqlType type, boolean nullable, Object index, String value) {
        return bind(type, nullable, index, value, null);
    }

    private CodeBlock bind(SqlType type, boolean nullable, Object index, String value,
            ColumnIr.@Nullable ColumnOrigin column) {
        Optional<TypeOverride> o = types.override(type, column);
        if (o.isEmpty()) {
            return bindBase(type, nullable, index, value);
        }
        if (o.get().converter() != null) {
            return bindBase(type, true, index, converterField(o.get().converter()) + ".to(" + value + ")");
        }
        return CodeBlock.of("$T.setObject(ps, $L, $N, $T.OTHER)", PARAMS, index, value, TYPES);
    }

    /**
     * {@code value} as the database type holds it, for COPY's text encoding: a converter's
     * {@code to(value)} when the parameter's type is overridden with one, else the value itself.
     */
    CodeBlock toDatabase(ParamIr param, String value) {
        Optional<TypeOverride> o = types.override(param.sqlType(), param.column());
        if (o.isPresent() && o.get().converter() != null) {
            return CodeBlock.of("$N.to($L)", converterField(o.get().converter()), value);
        }
        return CodeBlock.of("$L", value);
    }

    /** The static field of a queries class holding one instance of a converter class. */
    static String converterField(String converterClass) {
        String simple = converterClass.substring(converterClass.lastIndexOf('.') + 1);
        return JavaNames.upperSnake(simple);
    }

    /** An expression reading column {@code index} of {@code rs} as JDBC gives the type, no override. */
    private CodeBlock readBase(SqlType type, boolean nullable, int index) {
        if (type instanceof SqlType.Scalar scalar) {
            return readScalar(scalar.base(), nullable, index);
        } else if (type instanceof SqlType.Array array) {
            if (array.element() instanceof SqlType.Scalar scalar && javaTime(scalar.base())) {
                return CodeBlock.of("$T.read(rs, $L, $T.class)", SQL_ARRAYS, index, JavaTypeMapper.scalar(scalar.base()));
            }
            return CodeBlock.of("$T.read(rs, $L, $L)", SQL_ARRAYS, index, elementReader(array.element()));
        } else if (type instanceof SqlType.Enum e) {
            Optional<ClassName> enumClass = types.enumClass(e);
            if (enumClass.isEmpty()) {
                return CodeBlock.of("rs.getString($L)", index);
            }
            return nullable
                    ? CodeBlock.of("$T.getEnum(rs, $L, $T::fromLiteral)", RESULTS, index, enumClass.get())
                    : CodeBlock.of("$T.fromLiteral(rs.getString($L))", enumClass.get(), index);
        }
        return CodeBlock.of("rs.getObject($L)", index);
    }

    /** A statement binding {@code value} as JDBC takes the type, no override. */
    private CodeBlock bindBase(SqlType type, boolean nullable, Object index, String value) {
        if (type instanceof SqlType.Scalar scalar) {
            return bindScalar(scalar.base(), nullable, index, value);
        } else if (type instanceof SqlType.Array array) {
            return CodeBlock.of("$T.bind(ps, $L, $S, $N, $T::$L)", SQL_ARRAYS, index, arrayElementType(array.element()),
                    value, ARRAY_ELEMENTS, bindsAsIs(array.element()) ? "same" : "asText");
        } else if (type instanceof SqlType.Enum e) {
            if (types.enumClass(e).isEmpty()) {
                return textAsOther(index, value);
            }
            return CodeBlock.of("$T.$L(ps, $L, $N)", PARAMS, engine == Engine.POSTGRESQL ? "setEnum" : "setEnumText",
                    index, value);
        }
        return CodeBlock.of("$T.setObject(ps, $L, $N, $T.OTHER)", PARAMS, index, value, TYPES);
    }

    private CodeBlock readScalar(BaseType base, boolean nullable, int index) {
        return switch (base) {
            case BOOL, INT2, INT4, INT8, FLOAT4, FLOAT8 -> nullable
                    ? CodeBlock.of("$T.getNullable$L(rs, $L)", RESULTS, primitiveSuffix(base), index)
                    : CodeBlock.of("rs.get$L($L)", primitiveSuffix(base), index);
            case NUMERIC, MONEY -> CodeBlock.of("rs.getBigDecimal($L)", index);
            case TEXT, VARCHAR, BPCHAR, NAME, OTHER -> CodeBlock.of("rs.getString($L)", index);
            case BYTEA -> CodeBlock.of("rs.getBytes($L)", index);
            case UUID -> engine == Engine.POSTGRESQL
                    ? CodeBlock.of("rs.getObject($L, $T.class)", index, JavaTypeMapper.scalar(base))
                    : CodeBlock.of("$T.getUuidText(rs, $L)", RESULTS, index);
            case DATE, TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ -> readTime(base, index);
            case INTERVAL -> CodeBlock.of("$T.getYearToSecond(rs, $L)", RESULTS, index);
            case JSON -> CodeBlock.of("$T.getJson(rs, $L)", RESULTS, index);
            case JSONB -> CodeBlock.of("$T.getJsonb(rs, $L)", RESULTS, index);
            case UINT1, UINT2, UINT4, UINT8 -> readUnsigned(base, nullable, index);
        };
    }

    private CodeBlock readTime(BaseType base, int index) {
        if (engine == Engine.SQLITE) {
            return CodeBlock.of("$T.get$L(rs, $L)", SQLITE_TIME, timeSuffix(base), index);
        }
        // the MySQL family (neither PostgreSQL nor SQLite): its driver shifts a DST gap's times
        if (engine != Engine.POSTGRESQL && base == BaseType.TIMESTAMP) {
            return CodeBlock.of("$T.getLocalDateTime(rs, $L)", MYSQL_TIME, index);
        }
        return CodeBlock.of("rs.getObject($L, $T.class)", index, JavaTypeMapper.scalar(base));
    }

    private CodeBlock bindScalar(BaseType base, boolean nullable, Object index, String value) {
        boolean pg = engine == Engine.POSTGRESQL;
        return switch (base) {
            case BOOL, INT2, INT4, INT8, FLOAT4, FLOAT8 -> nullable
                    ? CodeBlock.of("$T.setNullable$L(ps, $L, $N)", PARAMS, primitiveSuffix(base), index, value)
                    : CodeBlock.of("ps.set$L($L, $N)", primitiveSuffix(base), index, value);
            case NUMERIC, MONEY -> setter(nullable, "setBigDecimal", index, value);
            case TEXT, VARCHAR, BPCHAR, NAME -> setter(nullable, "setString", index, value);
            case OTHER -> pg ? textAsOther(index, value) : setter(nullable, "setString", index, value);
            case BYTEA -> setter(nullable, "setBytes", index, value);
            case UUID -> pg
                    ? objectSetter(nullable, index, value, "OTHER")
                    : CodeBlock.of("$T.setUuidText(ps, $L, $N)", PARAMS, index, value);
            case DATE, TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ -> engine != Engine.SQLITE
                    ? objectSetter(nullable, index, value, sqlTypesName(base))
                    : CodeBlock.of("$T.set$L(ps, $L, $N)", SQLITE_TIME, timeSuffix(base), index, value);
            case INTERVAL -> CodeBlock.of("$T.$L(ps, $L, $N)", PARAMS, pg ? "setInterval" : "setIntervalText", index, value);
            case JSON -> CodeBlock.of("$T.$L(ps, $L, $N)", PARAMS, pg ? "setJson" : "setJsonText", index, value);
            case JSONB -> CodeBlock.of("$T.$L(ps, $L, $N)", PARAMS, pg ? "setJsonb" : "setJsonbText", index, value);
            case UINT1, UINT2, UINT4, UINT8 -> bindUnsigned(base, nullable, index, value);
        };
    }

    /** jOOQ's unsigned classes, or widened: the next wider primitive's getter, BigInteger through BigDecimal. */
    private CodeBlock readUnsigned(BaseType base, boolean nullable, int index) {
        if (!types.widensUnsigned()) {
            return CodeBlock.of("$T.get$L(rs, $L)", UNSIGNED, unsignedSuffix(base), index);
        }
        return base == BaseType.UINT8 ? CodeBlock.of("$T.getBigInteger(rs, $L)", UNSIGNED, index)
                : readScalar(JavaTypeMapper.widened(base), nullable, index);
    }

    private CodeBlock bindUnsigned(BaseType base, boolean nullable, Object index, String value) {
        if (!types.widensUnsigned()) {
            return CodeBlock.of("$T.set$L(ps, $L, $N)", UNSIGNED, unsignedSuffix(base), index, value);
        }
        return base == BaseType.UINT8 ? CodeBlock.of("$T.setBigInteger(ps, $L, $N)", UNSIGNED, index, value)
                : bindScalar(JavaTypeMapper.widened(base), nullable, index, value);
    }

    private static CodeBlock setter(boolean nullable, String method, Object index, String value) {
        return nullable
                ? CodeBlock.of("$T.$L(ps, $L, $N)", PARAMS, method, index, value)
                : CodeBlock.of("ps.$L($L, $N)", method, index, value);
    }

    private static CodeBlock objectSetter(boolean nullable, Object index, String value, String sqlType) {
        return nullable
                ? CodeBlock.of("$T.setObject(ps, $L, $N, $T.$L)", PARAMS, index, value, TYPES, sqlType)
                : CodeBlock.of("ps.setObject($L, $N)", index, value);
    }

    private CodeBlock textAsOther(Object index, String value) {
        return engine == Engine.POSTGRESQL
                ? CodeBlock.of("$T.setOther(ps, $L, $N)", PARAMS, index, value)
                : CodeBlock.of("$T.setString(ps, $L, $N)", PARAMS, index, value);
    }

    /** A method reference or lambda converting one array element as the driver returns it. */
    private CodeBlock elementReader(SqlType element) {
        if (element instanceof SqlType.Scalar scalar) {
            return CodeBlock.of("$T::$L", ARRAY_ELEMENTS, elementMethod(scalar.base()));
        } else if (element instanceof SqlType.Enum e && types.enumClass(e).isPresent()) {
            return CodeBlock.of("v -> $T.fromLiteral(v.toString())", types.enumClass(e).get());
        }
        TypeName elementType = types.javaType(element, false);
        return elementType.equals(ClassName.get(String.class))
                ? CodeBlock.of("$T::toText", ARRAY_ELEMENTS)
                : CodeBlock.of("$T::same", ARRAY_ELEMENTS);
    }

    private static String elementMethod(BaseType base) {
        return switch (base) {
            case BOOL -> "toBoolean";
            case INT2 -> "toShort";
            case INT4 -> "toInt";
            case INT8 -> "toLong";
            case FLOAT4 -> "toFloat";
            case FLOAT8 -> "toDouble";
            case NUMERIC, MONEY -> "toBigDecimal";
            case TEXT, VARCHAR, BPCHAR, NAME, OTHER -> "toText";
            case BYTEA -> "toBytes";
            case UUID -> "toUuid";
            // read through the driver's java.time conversion instead (readBase)
            case DATE, TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ -> throw new IllegalArgumentException("a date/time element");
            case INTERVAL -> "toYearToSecond";
            case JSON -> "toJson";
            case JSONB -> "toJsonb";
            // MySQL has no arrays
            case UINT1, UINT2, UINT4, UINT8 -> "same";
        };
    }

    /** The element type name PgJDBC's {@code createArrayOf} looks up. */
    private String arrayElementType(SqlType element) {
        if (element instanceof SqlType.Enum e && !e.schema().isEmpty() && !e.schema().equals(engine.defaultSchema())) {
            return e.schema() + "." + e.name();
        }
        return element.name();
    }

    /** Types read as {@code java.time} values: dates, times and timestamps, with or without a zone. */
    private static boolean javaTime(BaseType base) {
        return base.isTemporal() && base != BaseType.INTERVAL;
    }

    private static boolean bindsAsIs(SqlType element) {
        if (element instanceof SqlType.Scalar scalar) {
            BaseType b = scalar.base();
            return b.isNumeric() || b.isText() || b == BaseType.BOOL || b == BaseType.UUID || b == BaseType.BYTEA;
        }
        return false;
    }

    private static String primitiveSuffix(BaseType base) {
        return switch (base) {
            case BOOL -> "Boolean";
            case INT2 -> "Short";
            case INT4 -> "Int";
            case INT8 -> "Long";
            case FLOAT4 -> "Float";
            case FLOAT8 -> "Double";
            default -> throw new IllegalArgumentException("not a primitive: " + base);
        };
    }

    private static String unsignedSuffix(BaseType base) {
        return switch (base) {
            case UINT1 -> "UByte";
            case UINT2 -> "UShort";
            case UINT4 -> "UInteger";
            case UINT8 -> "ULong";
            default -> throw new IllegalArgumentException("not unsigned: " + base);
        };
    }

    private static String timeSuffix(BaseType base) {
        return switch (base) {
            case DATE -> "LocalDate";
            case TIME -> "LocalTime";
            case TIMETZ -> "OffsetTime";
            case TIMESTAMP -> "LocalDateTime";
            case TIMESTAMPTZ -> "OffsetDateTime";
            default -> throw new IllegalArgumentException("not a time type: " + base);
        };
    }

    private static String sqlTypesName(BaseType base) {
        return switch (base) {
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMETZ -> "TIME_WITH_TIMEZONE";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMPTZ -> "TIMESTAMP_WITH_TIMEZONE";
            default -> throw new IllegalArgumentException("not a time type: " + base);
        };
    }
}

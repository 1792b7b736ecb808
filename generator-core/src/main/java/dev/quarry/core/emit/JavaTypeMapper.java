package dev.quarry.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.quarry.core.config.Engine;
import dev.quarry.core.config.TypeOverride;
import dev.quarry.core.config.UnsignedMapping;
import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Java type of a SQL type (DESIGN.md, "Types"). Nullable values use the boxed type annotated
 * {@code @Nullable} (a TYPE_USE annotation, so it sits on the type: {@code byte @Nullable []}).
 * Array elements are always {@code @Nullable}: SQL cannot declare them NOT NULL.
 * Also gives a plain display form for {@code analyze --json}.
 */
public final class JavaTypeMapper {
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();
    private static final ClassName LIST = ClassName.get("java.util", "List");

    private static final ClassName BIG_INTEGER = ClassName.get("java.math", "BigInteger");

    private final Engine engine;
    private final ProjectNames names;
    private final List<TypeOverride> overrides;
    private final UnsignedMapping unsigned;

    private JavaTypeMapper(Engine engine, ProjectNames names, List<TypeOverride> overrides, UnsignedMapping unsigned) {
        this.engine = engine;
        this.names = names;
        this.overrides = overrides;
        this.unsigned = unsigned;
    }

    public static JavaTypeMapper forProject(ProjectIr project) {
        return of(project, ProjectNames.of(project));
    }

    static JavaTypeMapper of(ProjectIr project, ProjectNames names) {
        return new JavaTypeMapper(project.engine(), names, project.overrides(), project.unsigned());
    }

    /**
     * The user type configured for a value: a column override when the value is that column, else
     * a database-type override.
     */
    Optional<TypeOverride> override(SqlType type, ColumnIr.@Nullable ColumnOrigin column) {
        if (column != null) {
            for (TypeOverride o : overrides) {
                if (o.matchesColumn(column.schema(), column.table(), column.column())) {
                    return Optional.of(o);
                }
            }
        }
        return overrides.stream().filter(o -> o.matchesType(type.name())).findFirst();
    }

    /** The converter classes the overrides name, each once, in config order. */
    List<String> converters() {
        return overrides.stream().map(TypeOverride::converter).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The type of a column, overrides included. */
    TypeName javaType(ColumnIr column) {
        return javaType(column.sqlType(), column.nullable(), column.origin());
    }

    TypeName javaType(SqlType type, boolean nullable, ColumnIr.@Nullable ColumnOrigin column) {
        Optional<TypeOverride> o = override(type, column);
        TypeName plain = o.isPresent() ? ClassName.bestGuess(o.get().javaType()) : plainType(type);
        return nullable ? plain.box().annotated(NULLABLE_ANNOTATION) : plain;
    }

    public Engine engine() {
        return engine;
    }

    /** The type of a column, parameter or record component, with database-type overrides. */
    public TypeName javaType(SqlType type, boolean nullable) {
        return javaType(type, nullable, null);
    }

    /**
     * A readable form with qualified names, for tools: {@code java.time.OffsetDateTime},
     * {@code @Nullable java.lang.String}, {@code java.util.List<java.lang.Integer>}.
     */
    public String displayName(SqlType type, boolean nullable) {
        String shown = display(type, nullable);
        return nullable ? "@Nullable " + shown : shown;
    }

    private String display(SqlType type, boolean boxed) {
        Optional<TypeOverride> o = override(type, null);
        if (o.isPresent()) {
            return o.get().javaType();
        }
        if (type instanceof SqlType.Array array) {
            return LIST.canonicalName() + "<" + display(array.element(), true) + ">";
        }
        TypeName plain = plainType(type);
        return (boxed ? plain.box() : plain).toString();
    }

    /** The generated enum for a SQL enum type, if the project declares it. */
    Optional<ClassName> enumClass(SqlType.Enum type) {
        return names.enumType(type.schema(), type.name());
    }

    private TypeName plainType(SqlType type) {
        if (type instanceof SqlType.Scalar scalar) {
            return scalarType(scalar.base());
        } else if (type instanceof SqlType.Array array) {
            return ParameterizedTypeName.get(LIST, plainType(array.element()).box().annotated(NULLABLE_ANNOTATION));
        } else if (type instanceof SqlType.Enum e) {
            return enumClass(e).<TypeName>map(c -> c).orElse(ClassName.get(String.class));
        }
        return ClassName.OBJECT;
    }

    /** Whether unsigned integers are read as the next wider signed type rather than jOOQ's classes. */
    boolean widensUnsigned() {
        return unsigned == UnsignedMapping.WIDEN;
    }

    private TypeName scalarType(BaseType base) {
        if (base.isUnsigned() && widensUnsigned()) {
            return base == BaseType.UINT8 ? BIG_INTEGER : scalar(widened(base));
        }
        return scalar(base);
    }

    /**
     * The signed type that holds every value of an unsigned one: the next wider. {@code bigint
     * unsigned} has none; it widens to {@code BigInteger}.
     */
    static BaseType widened(BaseType unsignedBase) {
        return switch (unsignedBase) {
            case UINT1 -> BaseType.INT2;
            case UINT2 -> BaseType.INT4;
            case UINT4 -> BaseType.INT8;
            default -> throw new IllegalArgumentException("no wider primitive for " + unsignedBase);
        };
    }

    static TypeName scalar(BaseType base) {
        return switch (base) {
            case BOOL -> TypeName.BOOLEAN;
            case INT2 -> TypeName.SHORT;
            case INT4 -> TypeName.INT;
            case INT8 -> TypeName.LONG;
            case FLOAT4 -> TypeName.FLOAT;
            case FLOAT8 -> TypeName.DOUBLE;
            case NUMERIC, MONEY -> ClassName.get("java.math", "BigDecimal");
            case TEXT, VARCHAR, BPCHAR, NAME, OTHER -> ClassName.get(String.class);
            case BYTEA -> ArrayTypeName.of(TypeName.BYTE);
            case UUID -> ClassName.get("java.util", "UUID");
            case DATE -> ClassName.get("java.time", "LocalDate");
            case TIME -> ClassName.get("java.time", "LocalTime");
            case TIMETZ -> ClassName.get("java.time", "OffsetTime");
            case TIMESTAMP -> ClassName.get("java.time", "LocalDateTime");
            case TIMESTAMPTZ -> ClassName.get("java.time", "OffsetDateTime");
            case INTERVAL -> ClassName.get("org.jooq.types", "YearToSecond");
            case JSON -> ClassName.get("org.jooq", "JSON");
            case JSONB -> ClassName.get("org.jooq", "JSONB");
            case UINT1 -> ClassName.get("org.jooq.types", "UByte");
            case UINT2 -> ClassName.get("org.jooq.types", "UShort");
            case UINT4 -> ClassName.get("org.jooq.types", "UInteger");
            case UINT8 -> ClassName.get("org.jooq.types", "ULong");
        };
    }
}

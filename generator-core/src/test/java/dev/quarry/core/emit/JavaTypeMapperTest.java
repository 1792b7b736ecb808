package dev.quarry.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import dev.quarry.core.ir.EnumIr;
import dev.quarry.core.ir.ProjectIr;
import dev.quarry.core.types.BaseType;
import dev.quarry.core.types.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaTypeMapperTest {
    private static final SqlType.Enum MOOD = new SqlType.Enum("public", "mood", List.of("happy"));
    private final JavaTypeMapper mapper = JavaTypeMapper.forProject(new ProjectIr(Engine.POSTGRESQL, "com.x",
            List.of(), List.of(new EnumIr("public", "mood", List.of("happy"))), List.of()));

    private String shown(SqlType type, boolean nullable) {
        return mapper.displayName(type, nullable);
    }

    @Test
    void scalarsFollowTheDesignTable() {
        assertEquals("short", shown(SqlType.of(BaseType.INT2), false));
        assertEquals("int", shown(SqlType.of(BaseType.INT4), false));
        assertEquals("long", shown(SqlType.of(BaseType.INT8), false));
        assertEquals("float", shown(SqlType.of(BaseType.FLOAT4), false));
        assertEquals("double", shown(SqlType.of(BaseType.FLOAT8), false));
        assertEquals("boolean", shown(SqlType.of(BaseType.BOOL), false));
        assertEquals("java.math.BigDecimal", shown(SqlType.of(BaseType.MONEY), false));
        assertEquals("java.lang.String", shown(SqlType.of(BaseType.BPCHAR), false));
        assertEquals("java.lang.String", shown(SqlType.Scalar.other("inet"), false));
        assertEquals("byte[]", shown(SqlType.of(BaseType.BYTEA), false));
        assertEquals("java.util.UUID", shown(SqlType.of(BaseType.UUID), false));
        assertEquals("java.time.OffsetTime", shown(SqlType.of(BaseType.TIMETZ), false));
        assertEquals("java.time.OffsetDateTime", shown(SqlType.of(BaseType.TIMESTAMPTZ), false));
        assertEquals("java.time.LocalDateTime", shown(SqlType.of(BaseType.TIMESTAMP), false));
        assertEquals("org.jooq.types.YearToSecond", shown(SqlType.of(BaseType.INTERVAL), false));
        assertEquals("org.jooq.JSONB", shown(SqlType.of(BaseType.JSONB), false));
        assertEquals("java.lang.Object", shown(SqlType.UNKNOWN, false));
        assertEquals("com.x.Mood", shown(MOOD, false));
    }

    @Test
    void nullableValuesAreBoxedAndAnnotated() {
        assertEquals("@Nullable java.lang.Long", shown(SqlType.of(BaseType.INT8), true));
        assertEquals("@Nullable byte[]", shown(SqlType.of(BaseType.BYTEA), true));
        assertEquals("java.lang. @org.jspecify.annotations.Nullable Long",
                mapper.javaType(SqlType.of(BaseType.INT8), true).toString());
        assertEquals("byte @org.jspecify.annotations.Nullable []",
                mapper.javaType(SqlType.of(BaseType.BYTEA), true).toString());
    }

    @Test
    void arraysAreListsOfBoxedNullableElements() {
        SqlType ints = new SqlType.Array(SqlType.of(BaseType.INT4));
        assertEquals("java.util.List<java.lang.Integer>", shown(ints, false));
        assertEquals("@Nullable java.util.List<com.x.Mood>", shown(new SqlType.Array(MOOD), true));
        assertEquals("java.util.List<java.lang. @org.jspecify.annotations.Nullable Integer>",
                mapper.javaType(ints, false).toString());
    }

    @Test
    void anEnumTheProjectDoesNotDeclareIsText() {
        assertEquals("java.lang.String", shown(new SqlType.Enum("public", "other", List.of()), false));
    }
}

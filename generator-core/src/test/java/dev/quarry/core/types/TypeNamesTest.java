package dev.quarry.core.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Declared type names as JSqlParser's ColDataType.toString() prints them. */
class TypeNamesTest {
    private static final SqlType.Enum MOOD = new SqlType.Enum("public", "mood", List.of("a"));

    private static String pg(String declared) {
        return TypeNames.resolve(Engine.POSTGRESQL, declared,
                n -> n.equals("mood") || n.equals("public.mood") ? Optional.of(MOOD) : Optional.empty()).name();
    }

    private static String sqlite(String declared) {
        return TypeNames.resolve(Engine.SQLITE, declared, n -> Optional.empty()).name();
    }

    @Test
    void postgresBuiltInSpellings() {
        assertEquals("varchar", pg("character varying (20)"));
        assertEquals("timestamptz", pg("timestamp with time zone"));
        assertEquals("timestamp", pg("timestamp(3) without time zone"));
        assertEquals("timetz", pg("time(6) with time zone"));
        assertEquals("float8", pg("double precision"));
        assertEquals("numeric", pg("numeric (10, 2)"));
        assertEquals("bpchar", pg("character (3)"));
        assertEquals("int4[]", pg("int[]"));
        assertEquals("text[]", pg("text[][]"));
        assertEquals("int4[]", pg("integer ARRAY"));
        assertEquals("int4[]", pg("_int4"));
    }

    @Test
    void postgresSpellingsThatNormalizingWouldGetWrong() {
        assertEquals("interval", pg("interval hour TO minute"));
        assertEquals("interval", pg("interval(6)"));
        assertEquals("varbit", pg("bit varying (5)"));
        assertEquals("char", pg("\"char\""));
        assertEquals("float4", pg("float(24)"));
        assertEquals("float8", pg("float(25)"));
        assertEquals("float8", pg("float"));
    }

    @Test
    void postgresUserTypesAndUnknownNames() {
        assertEquals("mood", pg("mood"));
        assertEquals("mood[]", pg("mood[]"));
        assertEquals("mood", pg("public.mood"));
        assertEquals(SqlType.Scalar.other("inet"), TypeNames.resolve(Engine.POSTGRESQL, "inet", n -> Optional.empty()));
    }

    @Test
    void serials() {
        assertTrue(TypeNames.isSerial("BIGSERIAL"));
        assertTrue(TypeNames.isSerial("serial4"));
        assertFalse(TypeNames.isSerial("int"));
        assertEquals("int8", pg("bigserial"));
        assertEquals("int2", pg("smallserial"));
    }

    @Test
    void sqliteAffinity() {
        assertEquals("int8", sqlite("INTEGER"));
        assertEquals("int8", sqlite("UNSIGNED BIG INT"));
        assertEquals("text", sqlite("VARYING CHARACTER (32)"));
        assertEquals("text", sqlite("NVARCHAR(100)"));
        assertEquals("bytea", sqlite("BLOB"));
        assertEquals("bytea", sqlite(""));
        assertEquals("float8", sqlite("DOUBLE PRECISION"));
        assertEquals("numeric", sqlite("DECIMAL(10,5)"));
        assertEquals("timestamp", sqlite("DATETIME"));
        assertEquals("bool", sqlite("BOOLEAN"));
        // read and written as text, like dates
        assertEquals("time", sqlite("TIME"));
        assertEquals("uuid", sqlite("UUID"));
    }
}

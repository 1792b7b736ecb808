package dev.quarry.core.golden;

import static dev.quarry.core.golden.JdbcStatements.execute;
import static dev.quarry.core.golden.JdbcStatements.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jooq.JSON;
import org.jooq.types.UByte;
import org.jooq.types.UInteger;
import org.jooq.types.ULong;
import org.jooq.types.UShort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the expected code of MySQL golden folders on the MariaDB server at 127.0.0.1:3306, in a
 * fresh database: binds every type through the generated methods, reads it back, and checks values
 * (unsigned maxima, enums, dates) and NULLs against the declared records. Fails when the server is
 * unreachable.
 */
class MysqlGoldenExecutionTest {
    private static final String DATABASE = "quarry_golden_exec" + "_" + ProcessHandle.current().pid();
    private Connection connection;

    @AfterEach
    void dropDatabase() throws SQLException {
        try {
            if (connection != null) {
                connection.close();
            }
        } finally {
            MysqlServerTypesTest.dropDatabase(DATABASE);
        }
    }

    private GoldenProgram program(String folderName, String queriesClass) throws Exception {
        GoldenFolder folder = GoldenFolder.named("mysql", folderName);
        connection = MysqlServerTypesTest.freshDatabase(DATABASE, folder.configOrThrow());
        return new GoldenProgram(folder, queriesClass, connection);
    }

    @Test
    void unsignedMaximaAndBooleansRoundTrip() throws Exception {
        GoldenProgram program = program("mysql-integer-types-unsigned-and-boolean", "CountersQueries");
        program.call("createCounter", (short) -128, UByte.valueOf(255), (short) -32768, UShort.valueOf(65535), -8388608,
                UInteger.valueOf(16777215), Integer.MIN_VALUE, UInteger.valueOf(4294967295L), Long.MIN_VALUE,
                ULong.valueOf("18446744073709551615"), true, false);
        program.call("createCounter", (short) 1, null, null, null, null, null, 2, null, null, null, false, null);
        List<?> rows = (List<?>) program.call("listCounters");
        assertEquals("[Counter[id=10, tiny=-128, tinyU=255, small=-32768, smallU=65535, medium=-8388608, mediumU=16777215, "
                + "regular=-2147483648, regularU=4294967295, big=-9223372036854775808, bigU=18446744073709551615, flag=true, "
                + "maybe=false], Counter[id=11, tiny=1, tinyU=null, small=null, smallU=null, medium=null, mediumU=null, "
                + "regular=2, regularU=null, big=null, bigU=null, flag=false, maybe=null]]", rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        List<?> found = (List<?>) program.call("findByBigUnsigned", ULong.valueOf("18446744073709551614"), true);
        assertEquals("[FindByBigUnsignedRow[id=10, bigU=18446744073709551615, nextU=4294967296, nextRegular=-2147483647]]",
                found.toString());
    }

    @Test
    void unsignedWidenedToPrimitivesRoundTripMaximaAndNulls() throws Exception {
        GoldenProgram program = program("mysql-unsigned-widen-to-primitives", "MetersQueries");
        BigInteger bigMax = new BigInteger("18446744073709551615");
        assertEquals(BigInteger.ONE, program.call("createMeter", (short) 0, null, null, null, null, null));
        assertEquals(BigInteger.TWO, program.call("createMeter", (short) 255, 65535, 16777215L, 4294967295L, bigMax,
                Long.MIN_VALUE));
        // a generated key above Long.MAX_VALUE, as BigInteger
        execute(connection, "ALTER TABLE meters AUTO_INCREMENT = 9223372036854775808");
        assertEquals(new BigInteger("9223372036854775808"), program.call("createMeter", (short) 1, 0, 0L, 0L,
                BigInteger.ZERO, 0L));
        List<?> rows = (List<?>) program.call("listMeters");
        assertEquals("[Meter[id=1, tinyU=0, smallU=null, mediumU=null, regularU=null, bigU=null, signedBig=null], "
                + "Meter[id=2, tinyU=255, smallU=65535, mediumU=16777215, regularU=4294967295, bigU=18446744073709551615, "
                + "signedBig=-9223372036854775808], "
                + "Meter[id=9223372036854775808, tinyU=1, smallU=0, mediumU=0, regularU=0, bigU=0, signedBig=0]]",
                rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        assertEquals(List.of("1|0|null|null|null|null|null", "2|255|65535|16777215|4294967295|18446744073709551615"
                        + "|-9223372036854775808", "9223372036854775808|1|0|0|0|0|0"),
                rows(connection, "SELECT id, tiny_u, small_u, medium_u, regular_u, big_u, signed_big FROM meters ORDER BY id"));
        assertEquals("[FindByBigRow[id=2, bigU=18446744073709551615, nextU=4294967296]]",
                program.call("findByBig", bigMax, (short) 200).toString());
        assertEquals(Optional.of(2L), program.call("countAbove", -1));
    }

    @Test
    void enumColumnsBindAndReadByLiteral() throws Exception {
        GoldenProgram program = program("mysql-enum-columns", "OrdersQueries");
        Object paid = enumValue(program, "OrdersStatus", "paid");
        Object high = enumValue(program, "OrdersPriority", "high");
        program.call("createOrder", paid, high, "gift");
        program.call("createOrder", paid, null, null);
        program.call("createOrder", enumValue(program, "OrdersStatus", "new"), null, null);
        List<?> rows = (List<?>) program.call("listOrdersByStatus", paid);
        assertEquals("[Order[id=1, status=PAID, priority=HIGH, note=gift], Order[id=2, status=PAID, priority=null, note=null]]",
                rows.toString());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        assertEquals(1L, program.call("setPriority", null, ULong.valueOf(1)));
    }

    @Test
    void everyColumnTypeReadsBackAndNullsStayNull() throws Exception {
        GoldenProgram program = program("mysql-all-column-types", "EverythingQueries");
        LocalDateTime happened = LocalDateTime.of(2024, 1, 31, 12, 0, 0, 250_000_000);
        program.call("insertEverything", new BigDecimal("12.50"), new BigDecimal("7"), 1.5f, 2.25, 3.5, "abc", "Ada",
                "tiny", "body", "medium", "long", new byte[] {1, 2, 3, 4}, new byte[] {5}, new byte[] {6, 7},
                new byte[] {8}, LocalDate.of(1990, 5, 17), happened, LocalDateTime.of(2024, 2, 1, 9, 0),
                LocalTime.of(7, 30, 15), 2024, JSON.valueOf("{\"a\": 1}"), "red,blue");
        program.call("insertEverything", new BigDecimal("0.00"), null, null, null, null, null, "Bob", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        List<?> rows = (List<?>) program.call("listEverything");
        assertEquals(2, rows.size());
        DeclaredNullability.assertEveryNullableSeenNull(rows);
        Object full = rows.get(0);
        assertEquals(List.of(), List.copyOf(DeclaredNullability.nullComponents(List.of(full))));
        assertEquals(new BigDecimal("12.50"), component(full, "price"));
        assertEquals(happened, component(full, "happened"));
        assertEquals(LocalTime.of(7, 30, 15), component(full, "atTime"));
        assertEquals(2024, component(full, "yr"));
        assertEquals("red,blue", component(full, "tags"));
        assertEquals("{\"a\": 1}", component(full, "doc").toString());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, (byte[]) component(full, "bin"));
    }

    private static Object enumValue(GoldenProgram program, String enumName, String literal) throws Exception {
        Class<?> type = program.loadClass("com.example.golden." + enumName);
        return type.getMethod("fromLiteral", String.class).invoke(null, literal);
    }

    private static Object component(Object record, String name) throws ReflectiveOperationException {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getAccessor().invoke(record);
            }
        }
        throw new AssertionError("no component " + name + " in " + record);
    }
}

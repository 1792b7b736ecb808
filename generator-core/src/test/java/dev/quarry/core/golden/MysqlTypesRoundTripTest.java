package dev.quarry.core.golden;

import static dev.quarry.core.golden.RoundTripTable.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.jooq.JSON;
import org.jooq.types.UByte;
import org.jooq.types.UInteger;
import org.jooq.types.ULong;
import org.jooq.types.UShort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every MariaDB type Quarry maps, written by the generated insert, batch and multi-row insert of
 * golden folder {@code mysql-types-round-trip} and read back by its generated select, compared
 * with what was written, with NULL in every column of one row: integers signed and unsigned at
 * their extremes, decimals with their scale, booleans as bit(1), tinyint(1) and boolean, wider bit(n)
 * as longs, strings
 * in utf8mb4, bytes, dates and times with microseconds, YEAR, JSON, ENUM and SET. The JVM's default
 * time zone is New York while the test runs, and date-times sit in its DST gap and overlap.
 * Fails when the server at 127.0.0.1:3306 is unreachable.
 */
class MysqlTypesRoundTripTest {
    private static final String DATABASE = "quarry_types_round_trip" + "_" + ProcessHandle.current().pid();
    private TimeZone originalZone;
    private Connection connection;
    private GoldenProgram program;

    @BeforeEach
    void zoneAndDatabase() throws Exception {
        originalZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        GoldenFolder folder = GoldenFolder.named("mysql", "mysql-types-round-trip");
        connection = MysqlServerTypesTest.freshDatabase(DATABASE, folder.configOrThrow());
        program = new GoldenProgram(folder, "TypeValuesQueries", connection);
    }

    @AfterEach
    void dropDatabaseAndRestoreZone() throws SQLException {
        try {
            connection.close();
            MysqlServerTypesTest.dropDatabase(DATABASE);
        } finally {
            TimeZone.setDefault(originalZone);
        }
    }

    @Test
    void generatedInsertAndSelect() {
        RoundTripTable table = samples();
        Class<?> row = program.type("TypeValue");
        table.assertCovers(row, "id");
        table.roundTrip(row, "id", 1, values -> program.call("insertTypeValues", values.toArray()), this::get);
    }

    @Test
    void generatedBatchInsert() {
        RoundTripTable table = samples();
        Class<?> row = program.type("TypeValue");
        program.call("insertTypeValuesBatch", params(table, "InsertTypeValuesBatchParams", 100));
        table.readAndCompare(row, "id", 100, this::get);
    }

    @Test
    void generatedMultiRowInsert() {
        RoundTripTable table = samples();
        Class<?> row = program.type("TypeValue");
        assertEquals((long) table.rowCount(), program.call("copyTypeValues", params(table, "CopyTypeValuesParams", 200)));
        table.readAndCompare(row, "id", 200, this::get);
    }

    @Test
    void theSessionKeepsTheServersZoneSoTimestampsAreNotShifted() throws SQLException {
        // a TIMESTAMP is stored in UTC and shown in the session's zone; the driver must not make
        // that the JVM's (New York), or local date-times in New York's DST gap could not be stored
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("SELECT @@session.time_zone")) {
            rs.next();
            assertEquals("SYSTEM", rs.getString(1));
        }
    }

    private Optional<?> get(long id) {
        return (Optional<?>) program.call("getTypeValues", id);
    }

    private List<Object> params(RoundTripTable table, String record, long firstId) {
        Class<?> row = program.type("TypeValue");
        List<Object> params = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            params.add(program.record(record, table.written(row, "id", firstId + r, r).toArray()));
        }
        return params;
    }

    private RoundTripTable samples() {
        return new RoundTripTable()
                .column("tinyN", (short) -128, (short) 127, (short) 0)
                .column("tinyU", UByte.valueOf(0), UByte.valueOf(255))
                .column("smallN", (short) -32768, (short) 32767)
                .column("smallU", UShort.valueOf(0), UShort.valueOf(65535))
                .column("mediumN", -8388608, 8388607)
                .column("mediumU", UInteger.valueOf(0), UInteger.valueOf(16777215))
                .column("intN", Integer.MIN_VALUE, Integer.MAX_VALUE)
                .column("intU", UInteger.valueOf(0), UInteger.valueOf(4294967295L))
                .column("bigN", Long.MIN_VALUE, Long.MAX_VALUE)
                .column("bigU", ULong.valueOf(0), ULong.valueOf("18446744073709551615"),
                        ULong.valueOf("9223372036854775808"))
                // DECIMAL(30, 6) pads to its scale
                .column("decimalN", List.of(same(new BigDecimal("123456789012345678901234.123456")),
                        read(new BigDecimal("1.5"), new BigDecimal("1.500000")), same(new BigDecimal("-0.000001"))))
                .column("floatN", 1.5f, -0.25f, 1.0E38f, 3.0E-38f)
                .column("doubleN", 0.1, -Double.MAX_VALUE, Double.MIN_NORMAL, 1.0 / 3)
                .column("bitFlag", true, false)
                // BIT(n) as the long holding its bits; BIT(64) all ones is -1
                .column("bits", 0L, 1023L, 0b1010101010L)
                .column("bits64", -1L, Long.MIN_VALUE, 1L, Long.MAX_VALUE)
                .column("tinyFlag", false, true)
                .column("boolFlag", true, false)
                // CHAR drops its padding when read; VARCHAR keeps trailing spaces
                .column("charS", List.of(same("abcde"), read("ab", "ab")))
                .column("varcharS", "ünïcödé ✓ 😀", "", "trailing  ", "back\\slash 'quote\" %_")
                .column("textS", "x".repeat(60_000), "line\nbreak\ttab")
                .column("longText", "y".repeat(100_000))
                // BINARY(4) pads with zero bytes; VARBINARY keeps trailing zeros
                .column("binaryB", List.of(same(new byte[] {0, -1, 127, -128}), read(new byte[] {1}, new byte[] {1, 0, 0, 0})))
                .column("varbinaryB", new byte[0], new byte[] {0, 0, 0})
                .column("blobB", bytes(1000))
                .column("day", LocalDate.of(2024, 3, 10), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31))
                .column("clock", LocalTime.of(2, 30), LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000))
                .column("moment", LocalDateTime.of(2024, 3, 10, 2, 30), LocalDateTime.of(2024, 11, 3, 1, 30),
                        LocalDateTime.of(1000, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000))
                .column("stamp", LocalDateTime.of(2024, 3, 10, 2, 30, 0, 123_456_000),
                        LocalDateTime.of(1970, 1, 1, 0, 0, 1), LocalDateTime.of(2038, 1, 19, 3, 14, 7, 999_999_000))
                .column("yr", 1901, 2155, 2024)
                .column("doc", JSON.valueOf("{\"a\": 1}"), JSON.valueOf("null"), JSON.valueOf("[1, \"ünï\"]"))
                .column("mood", enumValue("happy"), enumValue("so-so"))
                // a SET comes back in its definition's order; the empty set is not NULL
                .column("tags", List.of(same("red,blue"), same(""), read("blue,green", "green,blue")));
    }

    private static RoundTripTable.Sample same(Object value) {
        return read(value, value);
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private Object enumValue(String literal) {
        try {
            return program.type("TypeValuesMood").getMethod("fromLiteral", String.class).invoke(null, literal);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

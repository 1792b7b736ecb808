package dev.quarry.core.golden;

import static dev.quarry.core.golden.RoundTripTable.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.SourceFile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every declared type Quarry maps on SQLite, written by the generated insert, batch and multi-row
 * insert of golden folder {@code sqlite-types-round-trip} and read back by its generated select,
 * compared with what was written, with NULL in every column of one row. The JVM's default time
 * zone is New York while the test runs, and date-times sit in its DST gap. SQLite's own rules show
 * where they apply: DECIMAL has NUMERIC affinity, so a decimal is stored as a REAL (15 significant
 * digits, no scale).
 */
class SqliteTypesRoundTripTest {
    private TimeZone originalZone;
    private Connection connection;
    private GoldenProgram program;

    @BeforeEach
    void zoneAndDatabase() throws Exception {
        originalZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        GoldenFolder folder = GoldenFolder.named("sqlite", "sqlite-types-round-trip");
        var config = folder.configOrThrow();
        for (SourceFile file : SourceDiscovery.discover(config.schema(), config.baseDir())) {
            for (String statement : file.text().split(";")) {
                if (!statement.isBlank()) {
                    try (Statement st = connection.createStatement()) {
                        st.execute(statement);
                    }
                }
            }
        }
        program = new GoldenProgram(folder, "TypeValuesQueries", connection);
    }

    @AfterEach
    void closeAndRestoreZone() throws SQLException {
        try {
            connection.close();
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
        program.call("insertTypeValuesBatch", params(table, "InsertTypeValuesBatchParams", 100));
        table.readAndCompare(program.type("TypeValue"), "id", 100, this::get);
    }

    @Test
    void generatedMultiRowInsert() {
        RoundTripTable table = samples();
        assertEquals((long) table.rowCount(), program.call("copyTypeValues", params(table, "CopyTypeValuesParams", 200)));
        table.readAndCompare(program.type("TypeValue"), "id", 200, this::get);
    }

    @Test
    void datesTimesAndUuidsAreStoredAsTheTextSqlitesFunctionsRead() throws SQLException {
        program.call("insertTypeValues", 1L, null, null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(2024, 3, 10), LocalTime.of(2, 30, 0, 500_000_000), LocalDateTime.of(2024, 3, 10, 2, 30),
                LocalDateTime.of(2024, 1, 31, 12, 0, 0, 123_456_789), null, null,
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("SELECT day, clock, moment, stamp, uid, typeof(uid), date(moment, '+1 day')"
                        + " FROM type_values")) {
            rs.next();
            assertEquals("2024-03-10", rs.getString(1));
            assertEquals("02:30:00.5", rs.getString(2));
            assertEquals("2024-03-10 02:30:00", rs.getString(3));
            assertEquals("2024-01-31 12:00:00.123456789", rs.getString(4));
            assertEquals("123e4567-e89b-12d3-a456-426614174000", rs.getString(5));
            assertEquals("text", rs.getString(6));
            assertEquals("2024-03-11", rs.getString(7));
        }
    }

    private static RoundTripTable.Sample same(Object value) {
        return read(value, value);
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

    private static RoundTripTable samples() {
        return new RoundTripTable()
                // every integer type name has INTEGER affinity: 64 bits
                .column("intN", Long.MIN_VALUE, Long.MAX_VALUE, 0L)
                .column("bigN", Long.MAX_VALUE, -1L)
                .column("smallN", Long.MIN_VALUE, 7L)
                // SQLite stores NaN as NULL, so no NaN here; infinities survive; a whole REAL is stored
                // as an integer, which has no negative zero
                .column("realN", List.of(same(0.1), same(Double.POSITIVE_INFINITY), same(Double.NEGATIVE_INFINITY),
                        same(Double.MAX_VALUE), same(Double.MIN_VALUE), read(-0.0, 0.0)))
                .column("doubleN", 1.0 / 3, -Double.MAX_VALUE)
                .column("floatN", 2.5, Double.MIN_NORMAL)
                .column("textS", "ünïcödé ✓ 😀", "", "tab\tnew\nline 'quote\" ; --", "x".repeat(100_000))
                .column("varcharS", "longer than the declared twenty characters: SQLite does not check")
                .column("clobS", "clob")
                .column("blobB", new byte[] {0, -1, 127, -128}, new byte[] {0, 0})
                .column("flag", true, false)
                .column("day", LocalDate.of(2024, 3, 10), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                        LocalDate.of(1500, 3, 1))
                .column("clock", LocalTime.of(2, 30), LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_999))
                .column("moment", LocalDateTime.of(2024, 3, 10, 2, 30), LocalDateTime.of(2024, 11, 3, 1, 30),
                        LocalDateTime.of(1500, 3, 1, 0, 0, 0, 1))
                .column("stamp", LocalDateTime.of(2024, 1, 31, 12, 0, 0, 123_456_789),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59))
                // NUMERIC affinity: a REAL of 15 significant digits, or an INTEGER when it is whole
                .column("amount", List.of(read(new BigDecimal("12.50"), new BigDecimal("12.5")),
                        read(new BigDecimal("-0.01"), new BigDecimal("-0.01")),
                        read(new BigDecimal("1E+3"), new BigDecimal("1000")),
                        read(new BigDecimal("1234567890.123456789"), new BigDecimal("1234567890.12346"))))
                .comparing("amount", RoundTripTable::sameNumber)
                .column("num", List.of(read(new BigDecimal("9223372036854775807"), new BigDecimal("9223372036854775807")),
                        read(new BigDecimal("0.5"), new BigDecimal("0.5"))))
                .comparing("num", RoundTripTable::sameNumber)
                .column("uid", new UUID(0, 0), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                        new UUID(-1, -1));
    }
}

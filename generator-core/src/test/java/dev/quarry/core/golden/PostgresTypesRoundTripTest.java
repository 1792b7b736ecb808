package dev.quarry.core.golden;

import static dev.quarry.core.golden.RoundTripTable.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.types.Settings;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.types.DayToSecond;
import org.jooq.types.YearToMonth;
import org.jooq.types.YearToSecond;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every PostgreSQL type Quarry maps, written by the generated insert (and by the generated COPY)
 * of golden folder {@code types-round-trip} and read back by its generated select, compared with
 * what was written, with NULL in every column of one row. The JVM's default time zone is New York
 * while the test runs, and samples sit in its DST gap and overlap, before the Gregorian cutover and
 * at non-UTC offsets, so any conversion through {@code java.sql.Timestamp} in the default zone
 * shows. Both PgJDBC wire formats are exercised: text (the first executions of a statement) and
 * binary (server-prepared from the first use). Fails when the server is unreachable.
 */
class PostgresTypesRoundTripTest {
    private static final String SCHEMA = "quarry_types_round_trip" + "_" + ProcessHandle.current().pid();
    private static final TimeZone NEW_YORK = TimeZone.getTimeZone("America/New_York");
    private TimeZone originalZone;
    private final List<Connection> connections = new ArrayList<>();

    @BeforeEach
    void zoneAndSchema() throws SQLException {
        originalZone = TimeZone.getDefault();
        // before connecting: PgJDBC sets the session's TimeZone from the JVM's
        TimeZone.setDefault(NEW_YORK);
        try (Connection c = textConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    @AfterEach
    void dropSchemaAndRestoreZone() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        } finally {
            for (Connection c : connections) {
                c.close();
            }
            TimeZone.setDefault(originalZone);
        }
    }

    private Connection textConnection() throws SQLException {
        Connection c = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + SCHEMA);
        connections.add(c);
        return c;
    }

    /** Every statement server-prepared from its first use, so results come in binary where PgJDBC can. */
    private Connection binaryConnection() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
                + "&prepareThreshold=-1&currentSchema=" + SCHEMA);
        connections.add(c);
        return c;
    }

    private GoldenProgram program(Connection connection) throws Exception {
        GoldenFolder folder = GoldenFolder.named("postgresql", "types-round-trip");
        PostgresServerTypesTest.applySchema(connection, folder.configOrThrow());
        return new GoldenProgram(folder, "TypeValuesQueries", connection);
    }

    @Test
    void generatedInsertAndSelectOverTheTextFormat() throws Exception {
        assertEquals("America/New_York", sessionTimeZone(textConnection()));
        roundTripThroughInsert(program(textConnection()));
    }

    @Test
    void generatedInsertAndSelectOverTheBinaryFormat() throws Exception {
        roundTripThroughInsert(program(binaryConnection()));
    }

    @Test
    void generatedCopyWritesWhatTheSelectReadsBack() throws Exception {
        GoldenProgram program = program(textConnection());
        RoundTripTable table = samples(program);
        Class<?> row = program.type("TypeValue");
        table.assertCovers(row, "id");
        List<Object> params = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            params.add(program.record("CopyTypeValuesParams", table.written(row, "id", 100 + r, r).toArray()));
        }
        assertEquals((long) table.rowCount(), program.call("copyTypeValues", params));
        table.readAndCompare(row, "id", 100, id -> (Optional<?>) program.call("getTypeValues", id));
    }

    @Test
    void anOverriddenColumnConvertsBothWaysAlsoAsAParameter() throws Exception {
        GoldenProgram program = program(textConnection());
        roundTripThroughInsert(program);
        assertEquals(List.of(1L, 3L, 5L, 7L), program.call("findByPrefs", new Settings("dark", 14)));
        assertEquals(List.of(2L, 4L, 6L), program.call("findByPrefs", new Settings("light", 12)));
        assertEquals(List.of(), program.call("findByPrefs", new Settings("dark", 15)));
        try (Statement st = textConnection().createStatement();
                var rs = st.executeQuery("SELECT prefs ->> 'theme', prefs ->> 'fontSize' FROM type_values WHERE id = 2")) {
            rs.next();
            assertEquals("light", rs.getString(1));
            assertEquals("12", rs.getString(2));
        }
    }

    private static void roundTripThroughInsert(GoldenProgram program) {
        RoundTripTable table = samples(program);
        Class<?> row = program.type("TypeValue");
        table.assertCovers(row, "id");
        table.roundTrip(row, "id", 1, values -> program.call("insertTypeValues", values.toArray()),
                id -> (Optional<?>) program.call("getTypeValues", id));
    }

    private static String sessionTimeZone(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("SHOW TimeZone")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static RoundTripTable samples(GoldenProgram program) {
        Object happy = enumValue(program, "happy");
        Object soSo = enumValue(program, "so-so");
        YearToSecond span = new YearToSecond(new YearToMonth(1, 2), new DayToSecond(3, 4, 5, 6, 789_000_000));
        YearToSecond negative = new YearToSecond(new YearToMonth(2, 0).neg(), new DayToSecond(0, 1, 30).neg());
        YearToSecond mixed = new YearToSecond(new YearToMonth(0, 1), new DayToSecond(0, 0, 0, 1).neg());
        OffsetDateTime eastern = OffsetDateTime.of(2024, 2, 1, 9, 0, 0, 0, ZoneOffset.ofHours(-5));
        OffsetDateTime nepal = OffsetDateTime.of(2024, 7, 1, 23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(5, 45));
        return new RoundTripTable()
                .column("smallN", (short) -32768, (short) 32767, (short) 0)
                .column("intN", Integer.MIN_VALUE, Integer.MAX_VALUE, 0)
                .column("bigN", Long.MIN_VALUE, Long.MAX_VALUE, 0L)
                // numeric keeps the scale it was given; a negative scale comes back as the plain number
                .column("numericN", List.of(same(new BigDecimal("12.50")), same(new BigDecimal("-0.000001")),
                        same(new BigDecimal("123456789012345678901234567890.123456789")),
                        read(new BigDecimal("1E+3"), new BigDecimal("1000"))))
                .column("numericScaled", List.of(same(new BigDecimal("1234567890123456.7890")),
                        read(new BigDecimal("1.5"), new BigDecimal("1.5000")),
                        read(new BigDecimal("-0.00005"), new BigDecimal("-0.0001"))))
                .column("realN", 1.5f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE,
                        Float.MIN_NORMAL, -0.0f)
                .column("doubleN", 0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Double.MAX_VALUE, Double.MIN_VALUE, -0.0)
                .column("flag", true, false)
                .column("textS", "ünïcödé ✓ 😀", "", "tab\tnew\nline \\ back 'quote\" NULL", "x".repeat(20_000))
                .column("varcharS", "abc", "twenty characters!!!")
                .column("charS", List.of(same("abcde"), read("ab", "ab   ")))
                .column("bytes", new byte[] {0, -1, 127, -128}, new byte[0], new byte[] {92, 120, 48})
                .column("uid", new UUID(0, 0), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                        new UUID(-1, -1))
                .column("day", LocalDate.of(2024, 3, 10), LocalDate.of(1, 1, 1), LocalDate.of(1500, 3, 1),
                        LocalDate.of(9999, 12, 31), LocalDate.of(2024, 2, 29))
                .column("clock", LocalTime.of(2, 30), LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000),
                        LocalTime.of(7, 30, 15, 123_456_000))
                .column("clockTz", OffsetTime.of(7, 30, 0, 0, ZoneOffset.ofHours(2)),
                        OffsetTime.of(23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(5, 45)),
                        OffsetTime.of(0, 0, 0, 0, ZoneOffset.UTC), OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHours(-11)))
                // New York's DST gap (02:30 does not exist there) and overlap (01:30 happens twice)
                .column("moment", LocalDateTime.of(2024, 3, 10, 2, 30), LocalDateTime.of(2024, 11, 3, 1, 30),
                        LocalDateTime.of(1500, 3, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                        LocalDateTime.of(2024, 1, 31, 12, 0, 0, 250_000_000))
                .column("momentTz", eastern, nepal, OffsetDateTime.of(1850, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(2024, 3, 10, 7, 30, 0, 0, ZoneOffset.UTC))
                .comparing("momentTz", RoundTripTable::sameInstant)
                .column("span", span, negative, mixed, new YearToSecond(new YearToMonth(), new DayToSecond()))
                // json keeps its text as written; jsonb is normalized, so these are in its output form
                .column("doc", JSON.valueOf("{\"b\":[true,null]}"), JSON.valueOf(" [1, 2.50, \"ünï\"] "),
                        JSON.valueOf("null"))
                .column("docb", JSONB.valueOf("{\"a\": 1, \"b\": [true, null]}"), JSONB.valueOf("null"),
                        JSONB.valueOf("\"x\""), JSONB.valueOf("[]"))
                .column("feeling", happy, enumValue(program, "sad"), soSo)
                .column("prefs", new Settings("dark", 14), new Settings("light", 12))
                .column("smallList", Arrays.asList((short) 1, null, Short.MIN_VALUE), List.of())
                .column("intList", Arrays.asList(1, null, Integer.MAX_VALUE), List.of())
                .column("bigList", Arrays.asList(Long.MIN_VALUE, null, Long.MAX_VALUE))
                .column("numericList", Arrays.asList(new BigDecimal("12.50"), null, new BigDecimal("-0.001")))
                .column("realList", Arrays.asList(1.5f, null, Float.NaN, Float.NEGATIVE_INFINITY))
                .column("doubleList", Arrays.asList(0.1, null, Double.POSITIVE_INFINITY, -0.0))
                .column("boolList", Arrays.asList(true, null, false))
                .column("textList", Arrays.asList("a", null, "", "NULL", "with \"quotes\", commas {braces} \\ back"),
                        Arrays.asList((String) null))
                .column("bytesList", Arrays.asList(new byte[] {1, 2}, null, new byte[0]))
                .column("uuidList", Arrays.asList(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), null))
                .column("dayList", Arrays.asList(LocalDate.of(1500, 3, 1), null, LocalDate.of(2024, 3, 10)))
                .column("clockList", Arrays.asList(LocalTime.of(7, 30, 15, 123_456_000), null, LocalTime.of(2, 30)))
                .column("clockTzList", Arrays.asList(OffsetTime.of(7, 30, 0, 0, ZoneOffset.ofHours(2)), null,
                        OffsetTime.of(23, 0, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30))))
                .column("momentList", Arrays.asList(LocalDateTime.of(2024, 3, 10, 2, 30), null,
                        LocalDateTime.of(1500, 3, 1, 12, 0, 0, 123_456_000)))
                .column("momentTzList", Arrays.asList(eastern, null, nepal))
                .comparing("momentTzList", RoundTripTable::sameInstant)
                .column("spanList", Arrays.asList(span, null, negative))
                .column("docList", Arrays.asList(JSON.valueOf("{\"a\":1}"), null, JSON.valueOf("[\"x, y\"]")))
                .column("docbList", Arrays.asList(JSONB.valueOf("{\"a\": 1}"), null, JSONB.valueOf("[\"x, y\"]")))
                .column("feelingList", Arrays.asList(happy, null, soSo));
    }

    private static RoundTripTable.Sample same(Object value) {
        return read(value, value);
    }

    private static Object enumValue(GoldenProgram program, String literal) {
        try {
            return program.type("Mood").getMethod("fromLiteral", String.class).invoke(null, literal);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

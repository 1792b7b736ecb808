package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.types.YearToSecond;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResultsAndParamsTest {
    private Connection connection;

    enum Mood implements SqlEnum {
        HAPPY("happy"), SAD("sad");

        private final String literal;

        Mood(String literal) {
            this.literal = literal;
        }

        @Override
        public String literal() {
            return literal;
        }

        static Mood fromLiteral(String literal) {
            return switch (literal) {
                case "happy" -> HAPPY;
                case "sad" -> SAD;
                default -> throw new IllegalArgumentException(literal);
            };
        }
    }

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, s SMALLINT, i INT, l BIGINT, f REAL, d DOUBLE,"
                    + " b BOOLEAN, n NUMERIC, txt TEXT, bytes BLOB, j TEXT, jb TEXT, iv TEXT, u TEXT, e TEXT)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void insert(int id, Short s, Integer i, Long l, Float f, Double d, Boolean b, BigDecimal n, String txt,
            byte[] bytes, JSON j, JSONB jb, YearToSecond iv, UUID u, Mood e) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, id);
            Params.setNullableShort(ps, 2, s);
            Params.setNullableInt(ps, 3, i);
            Params.setNullableLong(ps, 4, l);
            Params.setNullableFloat(ps, 5, f);
            Params.setNullableDouble(ps, 6, d);
            Params.setNullableBoolean(ps, 7, b);
            Params.setBigDecimal(ps, 8, n);
            Params.setString(ps, 9, txt);
            Params.setBytes(ps, 10, bytes);
            Params.setJsonText(ps, 11, j);
            Params.setJsonbText(ps, 12, jb);
            Params.setIntervalText(ps, 13, iv);
            Params.setUuidText(ps, 14, u);
            Params.setEnumText(ps, 15, e);
            ps.executeUpdate();
        }
    }

    @Test
    void valuesRoundTrip() throws SQLException {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        YearToSecond interval = Intervals.parse("1 year 2 mons 3 days 04:05:06");
        insert(1, (short) 7, 42, 1L << 40, 1.5f, 2.25, true, new BigDecimal("12.75"), "hi", new byte[] {1, 2},
                JSON.valueOf("{\"a\":1}"), JSONB.valueOf("[1]"), interval, uuid, Mood.SAD);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM t")) {
            assertTrue(rs.next());
            assertEquals((short) 7, Results.getNullableShort(rs, 2));
            assertEquals(42, Results.getNullableInt(rs, 3));
            assertEquals(1L << 40, Results.getNullableLong(rs, 4));
            assertEquals(1.5f, Results.getNullableFloat(rs, 5));
            assertEquals(2.25, Results.getNullableDouble(rs, 6));
            assertEquals(true, Results.getNullableBoolean(rs, 7));
            assertEquals(0, new BigDecimal("12.75").compareTo(rs.getBigDecimal(8)));
            assertEquals("hi", rs.getString(9));
            assertArrayEquals(new byte[] {1, 2}, rs.getBytes(10));
            assertEquals(JSON.valueOf("{\"a\":1}"), Results.getJson(rs, 11));
            assertEquals(JSONB.valueOf("[1]"), Results.getJsonb(rs, 12));
            assertEquals(interval, Results.getYearToSecond(rs, 13));
            assertEquals(uuid, Results.getUuidText(rs, 14));
            assertEquals(Mood.SAD, Results.getEnum(rs, 15, Mood::fromLiteral));
        }
    }

    @Test
    void nullsAreBoundWithSetNullAndReadAsNull() throws SQLException {
        insert(2, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM t")) {
            assertTrue(rs.next());
            for (int i = 2; i <= 15; i++) {
                assertNull(rs.getObject(i), "column " + i);
            }
            assertNull(Results.getNullableShort(rs, 2));
            assertNull(Results.getNullableInt(rs, 3));
            assertNull(Results.getNullableLong(rs, 4));
            assertNull(Results.getNullableFloat(rs, 5));
            assertNull(Results.getNullableDouble(rs, 6));
            assertNull(Results.getNullableBoolean(rs, 7));
            assertNull(Results.getJson(rs, 11));
            assertNull(Results.getJsonb(rs, 12));
            assertNull(Results.getYearToSecond(rs, 13));
            assertNull(Results.getUuidText(rs, 14));
            assertNull(Results.getEnum(rs, 15, Mood::fromLiteral));
        }
    }

    @Test
    void zeroIsNotNull() throws SQLException {
        insert(3, (short) 0, 0, 0L, 0f, 0d, false, BigDecimal.ZERO, "", new byte[0], null, null, null, null, null);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM t")) {
            assertTrue(rs.next());
            assertEquals((short) 0, Results.getNullableShort(rs, 2));
            assertEquals(0, Results.getNullableInt(rs, 3));
            assertEquals(0L, Results.getNullableLong(rs, 4));
            assertEquals(0f, Results.getNullableFloat(rs, 5));
            assertEquals(0d, Results.getNullableDouble(rs, 6));
            assertEquals(false, Results.getNullableBoolean(rs, 7));
            assertFalse(rs.getBoolean(7));
        }
    }
}

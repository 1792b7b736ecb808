package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqliteTimeTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, d DATE, ts DATETIME, tz TEXT, tm TEXT, ttz TEXT)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void writesTheTextSqliteFunctionsUseAndReadsItBack() throws SQLException {
        LocalDate date = LocalDate.of(2024, 1, 31);
        LocalDateTime ts = LocalDateTime.of(2024, 1, 31, 12, 0, 0, 500_000_000);
        OffsetDateTime tz = OffsetDateTime.of(2024, 1, 31, 14, 30, 0, 0, ZoneOffset.ofHours(2));
        LocalTime tm = LocalTime.of(8, 15, 30, 123_456_789);
        OffsetTime ttz = OffsetTime.of(8, 15, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30));
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO t VALUES (1, ?, ?, ?, ?, ?)")) {
            SqliteTime.setLocalDate(ps, 1, date);
            SqliteTime.setLocalDateTime(ps, 2, ts);
            SqliteTime.setOffsetDateTime(ps, 3, tz);
            SqliteTime.setLocalTime(ps, 4, tm);
            SqliteTime.setOffsetTime(ps, 5, ttz);
            ps.executeUpdate();
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT d, ts, tz, tm, ttz, date(d), datetime(ts), datetime(tz) FROM t")) {
            rs.next();
            assertEquals("2024-01-31", rs.getString(1));
            assertEquals("2024-01-31 12:00:00.5", rs.getString(2));
            assertEquals("2024-01-31 12:30:00Z", rs.getString(3));
            assertEquals("08:15:30.123456789", rs.getString(4));
            assertEquals("08:15:00-05:30", rs.getString(5));
            // SQLite's own functions understand what was written
            assertEquals("2024-01-31", rs.getString(6));
            assertEquals("2024-01-31 12:00:00", rs.getString(7));
            assertEquals("2024-01-31 12:30:00", rs.getString(8));
            assertEquals(date, SqliteTime.getLocalDate(rs, 1));
            assertEquals(ts, SqliteTime.getLocalDateTime(rs, 2));
            assertEquals(tz.withOffsetSameInstant(ZoneOffset.UTC), SqliteTime.getOffsetDateTime(rs, 3));
            assertEquals(tm, SqliteTime.getLocalTime(rs, 4));
            assertEquals(ttz, SqliteTime.getOffsetTime(rs, 5));
        }
    }

    @Test
    void readsOtherStoredForms() throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT '2024-01-31T12:00:00', '2024-01-31', 1706702400000, "
                        + "julianday('2024-01-31 12:00:00'), '2024-01-31 12:00:00+02:00', datetime('2024-01-31 12:00'), "
                        + "'2024-01-31 12:00'")) {
            rs.next();
            LocalDateTime noon = LocalDateTime.of(2024, 1, 31, 12, 0);
            assertEquals(noon, SqliteTime.getLocalDateTime(rs, 1));
            assertEquals(noon.toLocalDate().atStartOfDay(), SqliteTime.getLocalDateTime(rs, 2));
            assertEquals(noon, SqliteTime.getLocalDateTime(rs, 3), "integer = epoch millis");
            assertEquals(noon, SqliteTime.getLocalDateTime(rs, 4), "real = Julian day");
            assertEquals(OffsetDateTime.of(noon, ZoneOffset.ofHours(2)), SqliteTime.getOffsetDateTime(rs, 5));
            assertEquals(OffsetDateTime.of(noon, ZoneOffset.UTC), SqliteTime.getOffsetDateTime(rs, 6));
            assertEquals(noon, SqliteTime.getLocalDateTime(rs, 7));
            assertEquals(LocalTime.NOON, SqliteTime.getLocalTime(rs, 1));
            assertEquals(noon.toLocalDate(), SqliteTime.getLocalDate(rs, 4));
        }
    }

    @Test
    void readsEveryFractionLengthAndFallsBackOnLookalikes() throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT '2024-01-31 12:00:00.1', '2024-01-31T12:00:00.123456789', "
                        + "'2024-01-31 12:00:00.5Z', ' 2024-01-31 12:00', '2024-01-31 12:00:00.', '2024-13-01'")) {
            rs.next();
            LocalDateTime noon = LocalDateTime.of(2024, 1, 31, 12, 0);
            assertEquals(noon.plusNanos(100_000_000), SqliteTime.getLocalDateTime(rs, 1));
            assertEquals(noon.plusNanos(123_456_789), SqliteTime.getLocalDateTime(rs, 2));
            assertEquals(OffsetDateTime.of(noon.plusNanos(500_000_000), ZoneOffset.UTC), SqliteTime.getOffsetDateTime(rs, 3));
            assertEquals(noon.plusNanos(500_000_000), SqliteTime.getLocalDateTime(rs, 3));
            assertEquals(noon, SqliteTime.getLocalDateTime(rs, 4), "leading space: the formatter's path trims");
            assertEquals(noon, SqliteTime.getLocalDateTime(rs, 5), "a bare dot: as the formatter reads it");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqliteTime.getLocalDate(rs, 6));
            assertEquals("not a SQLite date/time value: '2024-13-01'", e.getMessage());
        }
    }

    @Test
    void nullsAndGarbage() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO t (id, d, ts) VALUES (2, ?, ?)")) {
            SqliteTime.setLocalDate(ps, 1, null);
            SqliteTime.setLocalDateTime(ps, 2, null);
            ps.executeUpdate();
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT d, ts, tz, tm, ttz, 'soon' FROM t WHERE id = 2")) {
            rs.next();
            assertNull(SqliteTime.getLocalDate(rs, 1));
            assertNull(SqliteTime.getLocalDateTime(rs, 2));
            assertNull(SqliteTime.getOffsetDateTime(rs, 3));
            assertNull(SqliteTime.getLocalTime(rs, 4));
            assertNull(SqliteTime.getOffsetTime(rs, 5));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqliteTime.getLocalDate(rs, 6));
            assertEquals("not a SQLite date/time value: 'soon'", e.getMessage());
        }
    }
}

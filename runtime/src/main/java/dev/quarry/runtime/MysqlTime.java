package dev.quarry.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's {@code DATETIME} and {@code TIMESTAMP} read as the wall-clock time the
 * server sent. MariaDB's driver builds {@code getObject(i, LocalDateTime.class)} (and
 * {@code getString}) through a {@code ZonedDateTime} in the JVM's default time zone, so a value in
 * that zone's DST gap comes back an hour later ({@code 2024-03-10 02:30} as {@code 03:30} in New
 * York). Given a calendar, the driver uses the calendar's zone instead; in UTC nothing is skipped.
 */
public final class MysqlTime {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private MysqlTime() {}

    /**
     * One UTC calendar per thread, proleptic Gregorian like {@code java.time} (dates before 1582 are
     * not read in the Julian calendar). A calendar is costly to build, and this is read for every
     * DATETIME value; the driver clears and sets the calendar it is given on each read, and only
     * its zone and rules matter, so reusing one per thread is safe.
     */
    private static final ThreadLocal<GregorianCalendar> CALENDAR = ThreadLocal.withInitial(() -> {
        GregorianCalendar calendar = new GregorianCalendar((TimeZone) UTC.clone(), Locale.ROOT);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        return calendar;
    });

    public static @Nullable LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index, CALENDAR.get());
        if (t == null) {
            return null;
        }
        return LocalDateTime.ofEpochSecond(Math.floorDiv(t.getTime(), 1000), t.getNanos(), ZoneOffset.UTC);
    }
}

package dev.quarry.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Dates and times in SQLite, which has no such types. Values are written as the text SQLite's own
 * date functions use ({@code 2024-01-31}, {@code 2024-01-31 12:00:00.5}, {@code 12:00:00});
 * timestamps with a time zone are written in UTC with a {@code Z}, so that comparing the text
 * compares the instants. Reading also accepts a {@code T} separator, an offset, and numbers:
 * integers as Unix epoch milliseconds (what sqlite-jdbc's own {@code setTimestamp} stores) and
 * reals as Julian day numbers (what SQLite's {@code julianday()} returns). Text without an offset
 * read as a timestamp with time zone is taken as UTC, as SQLite's functions do.
 */
public final class SqliteTime {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .appendOffset("+HH:MM", "Z").toFormatter();
    private static final DateTimeFormatter READ_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').append(TIME).optionalEnd()
            .optionalStart().append(OFFSET).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter READ_TIME = new DateTimeFormatterBuilder()
            .append(TIME).optionalStart().append(OFFSET).optionalEnd().toFormatter();
    private static final DateTimeFormatter WRITE_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(TIME).toFormatter();
    private static final DateTimeFormatter WRITE_TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter();
    private static final int[] NANOS_PER_DIGIT = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private SqliteTime() {}

    public static @Nullable LocalDate getLocalDate(ResultSet rs, int index) throws SQLException {
        LocalDateTime value = getLocalDateTime(rs, index);
        return value == null ? null : value.toLocalDate();
    }

    public static @Nullable LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return LocalDateTime.ofInstant(instant(number), ZoneOffset.UTC);
        }
        String text = value.toString();
        LocalDateTime plain = parsePlain(text, text.length());
        if (plain != null) {
            return plain;
        }
        TemporalAccessor parsed = parseDateTime(value.toString());
        LocalDate date = LocalDate.from(parsed);
        return parsed.isSupported(ChronoField.HOUR_OF_DAY) ? date.atTime(LocalTime.from(parsed)) : date.atStartOfDay();
    }

    public static @Nullable OffsetDateTime getOffsetDateTime(ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return instant(number).atOffset(ZoneOffset.UTC);
        }
        String text = value.toString();
        // what setOffsetDateTime writes: UTC with a Z; text without an offset is UTC as well
        LocalDateTime plain = parsePlain(text, text.endsWith("Z") ? text.length() - 1 : text.length());
        if (plain != null) {
            return plain.atOffset(ZoneOffset.UTC);
        }
        TemporalAccessor parsed = parseDateTime(text);
        LocalDate date = LocalDate.from(parsed);
        LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
        return OffsetDateTime.of(date, time, offset(parsed));
    }

    public static @Nullable LocalTime getLocalTime(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : LocalTime.from(parseTime(text));
    }

    public static @Nullable OffsetTime getOffsetTime(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        if (text == null) {
            return null;
        }
        TemporalAccessor parsed = parseTime(text);
        return OffsetTime.of(LocalTime.from(parsed), offset(parsed));
    }

    public static void setLocalDate(PreparedStatement ps, int index, @Nullable LocalDate value) throws SQLException {
        Params.setString(ps, index, value == null ? null : value.toString());
    }

    public static void setLocalDateTime(PreparedStatement ps, int index, @Nullable LocalDateTime value)
            throws SQLException {
        Params.setString(ps, index, value == null ? null : WRITE_DATE_TIME.format(value));
    }

    public static void setOffsetDateTime(PreparedStatement ps, int index, @Nullable OffsetDateTime value)
            throws SQLException {
        Params.setString(ps, index, value == null
                ? null
                : WRITE_DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC)) + "Z");
    }

    public static void setLocalTime(PreparedStatement ps, int index, @Nullable LocalTime value) throws SQLException {
        Params.setString(ps, index, value == null ? null : WRITE_TIME.format(value));
    }

    public static void setOffsetTime(PreparedStatement ps, int index, @Nullable OffsetTime value)
            throws SQLException {
        Params.setString(ps, index, value == null
                ? null
                : WRITE_TIME.format(value) + OFFSET.format(value.getOffset()));
    }

    /**
     * The forms written here and by SQLite's own functions, {@code 2024-01-31} and
     * {@code 2024-01-31 12:00:00.5} (or with a {@code T}), in {@code text[0, end)}, read without a
     * {@link DateTimeFormatter}: each of its optional sections copies the parse state, which cost
     * reading a timestamp column about half a kilobyte of garbage per value. Null for any other
     * form or an out-of-range field; the formatter then reads it or rejects it with its message.
     */
    private static @Nullable LocalDateTime parsePlain(String text, int end) {
        if (end < 10 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 7)
                || text.charAt(7) != '-' || !digits(text, 8, 10)) {
            return null;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nano = 0;
        if (end > 10) {
            char separator = text.charAt(10);
            if ((separator != ' ' && separator != 'T') || end < 16 || !digits(text, 11, 13)
                    || text.charAt(13) != ':' || !digits(text, 14, 16)) {
                return null;
            }
            hour = number(text, 11, 13);
            minute = number(text, 14, 16);
            if (end > 16) {
                if (end < 19 || text.charAt(16) != ':' || !digits(text, 17, 19)) {
                    return null;
                }
                second = number(text, 17, 19);
                if (end > 19) {
                    if (text.charAt(19) != '.' || end == 20 || end > 29 || !digits(text, 20, end)) {
                        return null;
                    }
                    nano = number(text, 20, end) * NANOS_PER_DIGIT[29 - end];
                }
            }
        }
        try {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    hour, minute, second, nano);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    private static TemporalAccessor parseDateTime(String text) {
        String t = text.trim();
        // SQLite accepts 'T' as the date/time separator as well as a space
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10) + ' ' + t.substring(11);
        }
        return parse(READ_DATE_TIME, t, text);
    }

    private static TemporalAccessor parseTime(String text) {
        String t = text.trim();
        int space = t.indexOf(' ');
        int tee = t.indexOf('T');
        int split = Math.max(space, tee);
        // a full timestamp read as a time keeps the time part
        return parse(READ_TIME, split >= 0 ? t.substring(split + 1) : t, text);
    }

    private static TemporalAccessor parse(DateTimeFormatter formatter, String t, String original) {
        try {
            return formatter.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a SQLite date/time value: '" + original + "'", e);
        }
    }

    private static ZoneOffset offset(TemporalAccessor parsed) {
        return parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
    }

    private static Instant instant(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double millis = (number.doubleValue() - UNIX_EPOCH_JULIAN_DAY) * MILLIS_PER_DAY;
            return Instant.ofEpochMilli(Math.round(millis));
        }
        return Instant.ofEpochMilli(number.longValue());
    }
}

package dev.quarry.runtime;

import java.math.BigDecimal;
import java.util.UUID;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.types.YearToSecond;

/**
 * Conversions of single array elements as drivers return them ({@code Integer}, {@code
 * BigDecimal}, text, ...) to the Java element type, and back for binding. Used as method
 * references by generated code. Date and time elements are read by
 * {@link SqlArrays#read(java.sql.ResultSet, int, Class)} instead.
 */
public final class ArrayElements {

    private ArrayElements() {}

    public static Short toShort(Object value) {
        return ((Number) value).shortValue();
    }

    public static Integer toInt(Object value) {
        return ((Number) value).intValue();
    }

    public static Long toLong(Object value) {
        return ((Number) value).longValue();
    }

    public static Float toFloat(Object value) {
        return ((Number) value).floatValue();
    }

    public static Double toDouble(Object value) {
        return ((Number) value).doubleValue();
    }

    public static BigDecimal toBigDecimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    public static Boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : value.toString().equals("t") || value.toString().equals("true");
    }

    public static String toText(Object value) {
        return value.toString();
    }

    public static byte[] toBytes(Object value) {
        return (byte[]) value;
    }

    public static UUID toUuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static JSON toJson(Object value) {
        return JSON.valueOf(value.toString());
    }

    public static JSONB toJsonb(Object value) {
        return JSONB.valueOf(value.toString());
    }

    public static YearToSecond toYearToSecond(Object value) {
        return Intervals.parse(value.toString());
    }

    /** For binding: elements the driver takes as they are (numbers, strings, booleans, UUIDs, bytes). */
    public static Object same(Object value) {
        return value;
    }

    /** For binding: elements the server parses from text (java.time values, JSON, enums, intervals). */
    public static String asText(Object value) {
        if (value instanceof SqlEnum e) {
            return e.literal();
        }
        if (value instanceof YearToSecond interval) {
            return Intervals.format(interval);
        }
        if (value instanceof JSON json) {
            return json.data();
        }
        if (value instanceof JSONB json) {
            return json.data();
        }
        return value.toString();
    }
}

package dev.quarry.runtime;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * SQL arrays as {@link List}s that keep NULL elements. Element conversions are passed as method
 * references ({@link ArrayElements}), which are constants, so a call allocates only the list.
 */
public final class SqlArrays {

    private SqlArrays() {}

    public static <T> @Nullable List<@Nullable T> read(
            ResultSet rs, int index, Function<Object, ? extends T> element) throws SQLException {
        Array array = rs.getArray(index);
        if (array == null) {
            return null;
        }
        try {
            Object[] values = (Object[]) array.getArray();
            List<@Nullable T> out = new ArrayList<>(values.length);
            for (Object value : values) {
                out.add(value == null ? null : element.apply(value));
            }
            return Collections.unmodifiableList(out);
        } finally {
            array.free();
        }
    }

    /**
     * An array of {@code java.time} values ({@code LocalDate}, {@code LocalTime}, {@code OffsetTime},
     * {@code LocalDateTime}, {@code OffsetDateTime}), each element converted by the driver's
     * {@code getObject(i, elementType)} on the array's result set. {@link Array#getArray()} would
     * give {@code java.sql.Date/Time/Timestamp} built in the JVM's time zone, which shifts a local
     * date-time in that zone's DST gap, drops a time's fraction and a timetz's offset.
     */
    public static <T> @Nullable List<@Nullable T> read(ResultSet rs, int index, Class<T> elementType)
            throws SQLException {
        Array array = rs.getArray(index);
        if (array == null) {
            return null;
        }
        try (ResultSet elements = array.getResultSet()) {
            List<@Nullable T> out = new ArrayList<>();
            while (elements.next()) {
                out.add(elements.getObject(2, elementType));
            }
            return Collections.unmodifiableList(out);
        } finally {
            array.free();
        }
    }

    /**
     * Binds a list as an array of {@code elementType} (the database's name of the element type,
     * such as {@code int4} or {@code public.mood}).
     */
    public static <T> void bind(
            PreparedStatement ps,
            int index,
            String elementType,
            @Nullable List<? extends @Nullable T> values,
            Function<? super T, ?> element)
            throws SQLException {
        if (values == null) {
            ps.setNull(index, Types.ARRAY);
            return;
        }
        // PgJDBC encodes bytea elements only from a byte[][], not from byte[]s in an Object[]
        Object[] converted = elementType.equals("bytea") ? new byte[values.size()][] : new Object[values.size()];
        for (int i = 0; i < converted.length; i++) {
            T value = values.get(i);
            converted[i] = value == null ? null : element.apply(value);
        }
        Array array = ps.getConnection().createArrayOf(elementType, converted);
        ps.setArray(index, array);
    }
}

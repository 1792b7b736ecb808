package dev.quarry.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.types.YearToSecond;
import org.jspecify.annotations.Nullable;

/**
 * Readers for result columns that JDBC cannot read directly: nullable primitives (through
 * {@link ResultSet#wasNull()}) and types that travel as text. Called per row, so they allocate
 * nothing beyond the value.
 */
public final class Results {

    private Results() {}

    public static @Nullable Short getNullableShort(ResultSet rs, int index) throws SQLException {
        short v = rs.getShort(index);
        return rs.wasNull() ? null : v;
    }

    public static @Nullable Integer getNullableInt(ResultSet rs, int index) throws SQLException {
        int v = rs.getInt(index);
        return rs.wasNull() ? null : v;
    }

    public static @Nullable Long getNullableLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    public static @Nullable Float getNullableFloat(ResultSet rs, int index) throws SQLException {
        float v = rs.getFloat(index);
        return rs.wasNull() ? null : v;
    }

    public static @Nullable Double getNullableDouble(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }

    public static @Nullable Boolean getNullableBoolean(ResultSet rs, int index) throws SQLException {
        boolean v = rs.getBoolean(index);
        return rs.wasNull() ? null : v;
    }

    /** Whether a column is NULL; tells an absent embedded row (sqlc.embed under an outer join). */
    public static boolean isNull(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index) == null;
    }

    /** Whether {@code count} columns from {@code first} on are all NULL. */
    public static boolean allNull(ResultSet rs, int first, int count) throws SQLException {
        for (int i = first; i < first + count; i++) {
            if (rs.getObject(i) != null) {
                return false;
            }
        }
        return true;
    }

    public static @Nullable JSON getJson(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : JSON.valueOf(text);
    }

    public static @Nullable JSONB getJsonb(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : JSONB.valueOf(text);
    }

    /** An interval from its text form; see {@link Intervals#parse(String)} for the accepted forms. */
    public static @Nullable YearToSecond getYearToSecond(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : Intervals.parse(text);
    }

    /** A UUID stored as text (SQLite). */
    public static @Nullable UUID getUuidText(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : UUID.fromString(text);
    }

    /**
     * An enum stored as its label; {@code fromLiteral} is the generated enum's own lookup (a
     * method reference, so nothing is allocated per call).
     */
    public static <E extends Enum<E>> @Nullable E getEnum(ResultSet rs, int index, Function<String, E> fromLiteral)
            throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : fromLiteral.apply(text);
    }
}

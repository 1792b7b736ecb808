package dev.quarry.runtime;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.types.YearToSecond;
import org.jspecify.annotations.Nullable;

/**
 * Binders for parameters that may be NULL, and for types that travel as text. A NULL is always
 * bound with {@link PreparedStatement#setNull} and the SQL type of the parameter, so a statement
 * sees the same parameter types on every call and drivers can reuse server-side prepared statements.
 */
public final class Params {

    private Params() {}

    public static void setNullableShort(PreparedStatement ps, int index, @Nullable Short value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.SMALLINT);
        } else {
            ps.setShort(index, value);
        }
    }

    public static void setNullableInt(PreparedStatement ps, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static void setNullableLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static void setNullableFloat(PreparedStatement ps, int index, @Nullable Float value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setFloat(index, value);
        }
    }

    public static void setNullableDouble(PreparedStatement ps, int index, @Nullable Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    public static void setNullableBoolean(PreparedStatement ps, int index, @Nullable Boolean value)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    public static void setString(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public static void setBigDecimal(PreparedStatement ps, int index, @Nullable BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    public static void setBytes(PreparedStatement ps, int index, byte @Nullable [] value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BINARY);
        } else {
            ps.setBytes(index, value);
        }
    }

    /** Binds with {@code setObject}, the way PgJDBC takes java.time values and UUIDs. */
    public static void setObject(PreparedStatement ps, int index, @Nullable Object value, int sqlType)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value);
        }
    }

    /**
     * Binds text the server converts to the parameter's type (PostgreSQL json, jsonb, enums,
     * intervals, inet...): {@link Types#OTHER} makes PgJDBC send it untyped.
     */
    public static void setOther(PreparedStatement ps, int index, @Nullable String text) throws SQLException {
        if (text == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, text, Types.OTHER);
        }
    }

    public static void setJson(PreparedStatement ps, int index, @Nullable JSON value) throws SQLException {
        setOther(ps, index, value == null ? null : value.data());
    }

    public static void setJsonb(PreparedStatement ps, int index, @Nullable JSONB value) throws SQLException {
        setOther(ps, index, value == null ? null : value.data());
    }

    public static void setEnum(PreparedStatement ps, int index, @Nullable SqlEnum value) throws SQLException {
        setOther(ps, index, value == null ? null : value.literal());
    }

    public static void setInterval(PreparedStatement ps, int index, @Nullable YearToSecond value)
            throws SQLException {
        setOther(ps, index, value == null ? null : Intervals.format(value));
    }

    /** JSON as text, for databases without a JSON type (SQLite). */
    public static void setJsonText(PreparedStatement ps, int index, @Nullable JSON value) throws SQLException {
        setString(ps, index, value == null ? null : value.data());
    }

    public static void setJsonbText(PreparedStatement ps, int index, @Nullable JSONB value) throws SQLException {
        setString(ps, index, value == null ? null : value.data());
    }

    public static void setEnumText(PreparedStatement ps, int index, @Nullable SqlEnum value) throws SQLException {
        setString(ps, index, value == null ? null : value.literal());
    }

    public static void setIntervalText(PreparedStatement ps, int index, @Nullable YearToSecond value)
            throws SQLException {
        setString(ps, index, value == null ? null : Intervals.format(value));
    }

    public static void setUuidText(PreparedStatement ps, int index, @Nullable UUID value) throws SQLException {
        setString(ps, index, value == null ? null : value.toString());
    }
}

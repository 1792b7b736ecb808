package dev.quarry.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jooq.types.UByte;
import org.jooq.types.UInteger;
import org.jooq.types.ULong;
import org.jooq.types.UShort;
import org.jspecify.annotations.Nullable;

/**
 * Reads and binds MySQL's unsigned integers as jOOQ's {@link UByte}, {@link UShort},
 * {@link UInteger} and {@link ULong}, and {@code bigint unsigned} as {@link BigInteger} when
 * widened (the narrower ones widen to plain {@code short}, {@code int}, {@code long}). Each is read through the next wider JDBC getter
 * ({@code bigint unsigned} through {@link BigDecimal}), so values above the signed maximum
 * survive; NULL reads as {@code null}.
 */
public final class Unsigned {
    private static final BigInteger TWO_TO_THE_64 = BigInteger.ONE.shiftLeft(64);

    private Unsigned() {}

    public static @Nullable UByte getUByte(ResultSet rs, int index) throws SQLException {
        short v = rs.getShort(index);
        return rs.wasNull() ? null : UByte.valueOf(v);
    }

    public static @Nullable UShort getUShort(ResultSet rs, int index) throws SQLException {
        int v = rs.getInt(index);
        return rs.wasNull() ? null : UShort.valueOf(v);
    }

    public static @Nullable UInteger getUInteger(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : UInteger.valueOf(v);
    }

    public static @Nullable ULong getULong(ResultSet rs, int index) throws SQLException {
        BigDecimal v = rs.getBigDecimal(index);
        return v == null ? null : ULong.valueOf(v.toBigIntegerExact());
    }

    /** A {@code bigint unsigned} read as {@link BigInteger} (the widened mapping). */
    public static @Nullable BigInteger getBigInteger(ResultSet rs, int index) throws SQLException {
        BigDecimal v = rs.getBigDecimal(index);
        return v == null ? null : v.toBigIntegerExact();
    }

    /**
     * A {@code bigint unsigned} generated key from {@code getGeneratedKeys()}. MariaDB Connector/J
     * reports the insert id as a signed 64-bit number, so a key above {@code Long.MAX_VALUE} arrives
     * negative; its 64 bits are the unsigned value.
     */
    public static @Nullable BigInteger getGeneratedBigInteger(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        if (text == null) {
            return null;
        }
        BigInteger v = new BigInteger(text);
        return v.signum() < 0 ? v.add(TWO_TO_THE_64) : v;
    }

    /** {@link #getGeneratedBigInteger} as a {@link ULong}. */
    public static @Nullable ULong getGeneratedULong(ResultSet rs, int index) throws SQLException {
        BigInteger v = getGeneratedBigInteger(rs, index);
        return v == null ? null : ULong.valueOf(v);
    }

    public static void setUByte(PreparedStatement ps, int index, @Nullable UByte value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.SMALLINT);
        } else {
            ps.setShort(index, value.shortValue());
        }
    }

    public static void setUShort(PreparedStatement ps, int index, @Nullable UShort value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value.intValue());
        }
    }

    public static void setUInteger(PreparedStatement ps, int index, @Nullable UInteger value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value.longValue());
        }
    }

    public static void setULong(PreparedStatement ps, int index, @Nullable ULong value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, new BigDecimal(value.toBigInteger()));
        }
    }

    public static void setBigInteger(PreparedStatement ps, int index, @Nullable BigInteger value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, new BigDecimal(value));
        }
    }
}

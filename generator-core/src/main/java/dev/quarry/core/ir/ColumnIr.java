package dev.quarry.core.ir;

import dev.quarry.core.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * One output column of a query, or one column of a table.
 *
 * @param name the column's name as the database reports it (before Java naming)
 * @param nullableReason why the column can be NULL ("column users.bio is nullable",
 *     "right side of LEFT JOIN at users.sql:14:3"); null when not nullable
 * @param origin the table column it was read from unchanged, if any
 * @param comment a table column's {@code COMMENT ON COLUMN} text, if any
 */
public record ColumnIr(
        String name,
        SqlType sqlType,
        boolean nullable,
        @Nullable String nullableReason,
        @Nullable ColumnOrigin origin,
        @Nullable String comment) {

    public ColumnIr(String name, SqlType sqlType, boolean nullable, @Nullable String nullableReason,
            @Nullable ColumnOrigin origin) {
        this(name, sqlType, nullable, nullableReason, origin, null);
    }

    /** A base table column a result column comes from. */
    public record ColumnOrigin(String schema, String table, String column) {}
}

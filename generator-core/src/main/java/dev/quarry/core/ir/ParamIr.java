package dev.quarry.core.ir;

import dev.quarry.core.types.SqlType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of a generated method.
 *
 * @param name a SQL-side name: the named parameter's name, or a name derived from the column it
 *     is compared with ({@code $1} in {@code id = $1} becomes {@code id}); Java naming happens in
 *     emission
 * @param positions the 1-based JDBC placeholder positions this parameter is bound to, in order
 *     (a named parameter used twice is bound twice)
 * @param slice a {@code sqlc.slice(name)}: a list of {@code sqlType} values, each of its positions
 *     written {@code /*SLICE:name*&#47;?} in the JDBC SQL and expanded at run time to one
 *     placeholder per element
 * @param column the table column the parameter is written into (INSERT, UPDATE SET), whose
 *     column-level type override it then shares; null otherwise
 */
public record ParamIr(String name, SqlType sqlType, boolean nullable, List<Integer> positions, boolean slice,
        ColumnIr.@Nullable ColumnOrigin column) {

    public ParamIr {
        positions = List.copyOf(positions);
    }

    /** A parameter bound as one value. */
    public ParamIr(String name, SqlType sqlType, boolean nullable, List<Integer> positions) {
        this(name, sqlType, nullable, positions, false, null);
    }

    public ParamIr(String name, SqlType sqlType, boolean nullable, List<Integer> positions, boolean slice) {
        this(name, sqlType, nullable, positions, slice, null);
    }
}

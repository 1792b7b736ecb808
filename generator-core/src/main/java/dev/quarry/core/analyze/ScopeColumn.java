package dev.quarry.core.analyze;

import dev.quarry.core.ir.ColumnIr;
import dev.quarry.core.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * A column visible in a scope: of a table, view, CTE or subquery, or an output column of a query.
 * Outer joins change {@code nullable} here, before any expression reads it.
 */
record ScopeColumn(String name, SqlType type, boolean nullable, @Nullable String reason,
        ColumnIr.@Nullable ColumnOrigin origin) {

    ScopeColumn withNullable(String why) {
        return nullable ? this : new ScopeColumn(name, type, true, why, origin);
    }

    ScopeColumn withName(String newName) {
        return new ScopeColumn(newName, type, nullable, reason, origin);
    }

    Typed typed() {
        return Typed.of(type, nullable, reason);
    }

    ColumnIr toIr() {
        return new ColumnIr(name, type, nullable, nullable ? reason : null, origin);
    }
}

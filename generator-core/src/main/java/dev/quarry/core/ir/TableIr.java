package dev.quarry.core.ir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table of the schema, as its model record shows it.
 *
 * @param comment the table's {@code COMMENT ON TABLE} text, if any
 */
public record TableIr(String schema, String name, List<ColumnIr> columns, List<String> primaryKey,
        @Nullable String comment) {

    public TableIr {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    public TableIr(String schema, String name, List<ColumnIr> columns, List<String> primaryKey) {
        this(schema, name, columns, primaryKey, null);
    }
}

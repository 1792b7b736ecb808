package dev.quarry.core.ir;

import java.util.List;

/** A table of the schema, as its model record shows it. */
public record TableIr(String schema, String name, List<ColumnIr> columns, List<String> primaryKey) {

    public TableIr {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }
}

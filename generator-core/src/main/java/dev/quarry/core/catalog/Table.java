package dev.quarry.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A table: its columns in declaration order and its primary key column names. */
public record Table(String schema, String name, List<Column> columns, List<String> primaryKey) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    /** Case-insensitive lookup, as unquoted identifiers behave. */
    public Optional<Column> column(String columnName) {
        String wanted = columnName.toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}

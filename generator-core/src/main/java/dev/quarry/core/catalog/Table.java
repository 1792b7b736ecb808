package dev.quarry.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table: its columns in declaration order and its primary key column names.
 *
 * @param comment from {@code COMMENT ON TABLE}, if any
 * @param columnComments from {@code COMMENT ON COLUMN}, by column name
 */
public record Table(String schema, String name, List<Column> columns, List<String> primaryKey,
        @Nullable String comment, Map<String, String> columnComments) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        columnComments = Map.copyOf(columnComments);
    }

    public Table(String schema, String name, List<Column> columns, List<String> primaryKey) {
        this(schema, name, columns, primaryKey, null, Map.of());
    }

    /** The columns {@code SELECT *} and an INSERT without a column list see: not MySQL's INVISIBLE ones. */
    public List<Column> visibleColumns() {
        return columns.stream().filter(c -> !c.hidden()).toList();
    }

    public Optional<String> columnComment(String columnName) {
        return Optional.ofNullable(columnComments.get(columnName));
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

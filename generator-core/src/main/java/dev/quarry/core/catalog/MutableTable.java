package dev.quarry.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A table while the DDL is being applied; only {@link SchemaModel} and the appliers see it. */
final class MutableTable {
    private final Identifiers ids;
    private String schema;
    private String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private @Nullable String primaryKeyConstraint;
    private @Nullable String comment;
    private final Map<String, String> columnComments = new LinkedHashMap<>();

    MutableTable(Identifiers ids, String schema, String name) {
        this.ids = ids;
        this.schema = schema;
        this.name = name;
    }

    String schema() {
        return schema;
    }

    String name() {
        return name;
    }

    void rename(String newName) {
        name = newName;
    }

    /** ALTER TABLE ... SET SCHEMA, or its schema renamed. */
    void moveTo(String newSchema) {
        schema = newSchema;
    }

    List<Column> columns() {
        return List.copyOf(columns);
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    Optional<Column> column(String columnName) {
        int i = indexOf(columnName);
        return i < 0 ? Optional.empty() : Optional.of(columns.get(i));
    }

    void add(Column column) {
        columns.add(column);
    }

    /** Moves a column to {@code index} among the other columns (MySQL's FIRST / AFTER). */
    void move(String columnName, int index) {
        Column column = columns.remove(indexOf(columnName));
        columns.add(index, column);
    }

    /** Replaces the column of the same name as {@code oldName}. */
    void replace(String oldName, Column column) {
        int i = indexOf(oldName);
        if (i < 0) {
            throw new IllegalStateException("no column " + oldName + " in " + name);
        }
        String oldColumnName = columns.get(i).name();
        columns.set(i, column);
        String movedComment = columnComments.remove(oldColumnName);
        if (movedComment != null) {
            columnComments.put(column.name(), movedComment);
        }
        for (int k = 0; k < primaryKey.size(); k++) {
            if (ids.same(primaryKey.get(k), oldName)) {
                primaryKey.set(k, column.name());
            }
        }
    }

    /** Drops a column; a primary key that includes it goes with it, as in PostgreSQL. */
    void drop(String columnName) {
        columnComments.remove(columns.remove(indexOf(columnName)).name());
        if (primaryKey.stream().anyMatch(k -> ids.same(k, columnName))) {
            dropPrimaryKey();
        }
    }

    List<String> primaryKey() {
        return List.copyOf(primaryKey);
    }

    /** Sets the primary key; the names must be columns of this table. */
    void setPrimaryKey(List<String> columnNames, @Nullable String constraintName) {
        primaryKey.clear();
        for (String c : columnNames) {
            primaryKey.add(column(c).orElseThrow().name());
        }
        primaryKeyConstraint = constraintName;
    }

    /** PostgreSQL names an unnamed primary key {@code <table>_pkey}. */
    boolean isPrimaryKeyConstraint(String constraintName) {
        String pkName = primaryKeyConstraint != null ? primaryKeyConstraint : name + "_pkey";
        return !primaryKey.isEmpty() && ids.same(pkName, constraintName);
    }

    /** The NOT NULL the key put on its columns stays, as PostgreSQL keeps it. */
    void dropPrimaryKey() {
        primaryKey.clear();
        primaryKeyConstraint = null;
    }

    /** MySQL's CREATE TABLE ... LIKE: the other table's comments, its columns' included. */
    void copyComments(MutableTable from) {
        comment = from.comment;
        columnComments.putAll(from.columnComments);
    }

    /** COMMENT ON TABLE; null removes it. */
    void comment(@Nullable String text) {
        comment = text;
    }

    /** COMMENT ON COLUMN of an existing column; null removes it. */
    void commentColumn(String columnName, @Nullable String text) {
        String column = column(columnName).orElseThrow().name();
        if (text == null) {
            columnComments.remove(column);
        } else {
            columnComments.put(column, text);
        }
    }

    Table freeze() {
        return new Table(schema, name, columns, primaryKey, comment, columnComments);
    }

    private int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (ids.same(columns.get(i).name(), columnName)) {
                return i;
            }
        }
        return -1;
    }
}

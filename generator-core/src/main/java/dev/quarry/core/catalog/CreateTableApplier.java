package dev.quarry.core.catalog;

import dev.quarry.core.catalog.ColumnReader.ReadColumn;
import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/** Applies CREATE TABLE: columns, column and table level primary keys, engine nullability rules. */
final class CreateTableApplier {
    private final Engine engine;
    private final SchemaModel model;
    private final ColumnReader columns;
    private final NameErrors errors;
    private final Diagnostics diagnostics;
    private final ViewApplier views;

    CreateTableApplier(Engine engine, SchemaModel model, ColumnReader columns, NameErrors errors,
            Diagnostics diagnostics, ViewApplier views) {
        this.engine = engine;
        this.model = model;
        this.columns = columns;
        this.errors = errors;
        this.diagnostics = diagnostics;
        this.views = views;
    }

    void apply(DdlStatement st, CreateTable create, SqliteTableOptions options) {
        Identifiers ids = model.ids();
        QualifiedName name = ids.qualified(create.getTable().getSchemaName(), create.getTable().getName());
        if (!errors.schemaExists(st.span(create.getTable()), name)) {
            return;
        }
        if (create.isOrReplace()) {
            // MariaDB's CREATE OR REPLACE TABLE: DROP TABLE IF EXISTS, then CREATE TABLE
            model.table(name).ifPresent(model::dropTable);
            model.view(name).filter(View::tableAsSelect).ifPresent(model::dropView);
        }
        if (model.table(name).isPresent() || model.view(name).isPresent()) {
            if (!create.isIfNotExists()) {
                errors.duplicateTable(st.span(create.getTable()), name);
            }
            return;
        }
        if (create.getLikeTable() != null) {
            applyLike(st, create, name);
            return;
        }
        if (create.getSelect() != null && create.getColumnDefinitions() == null) {
            views.applyTableAsSelect(st, create, name);
            return;
        }
        if (create.getColumnDefinitions() == null) {
            diagnostics.warning("unsupported-ddl", st.span(create.getTable()),
                    "the columns of table \"" + name.name() + "\" cannot be read from this statement;"
                            + " the table is left out of the catalog",
                    "declare its columns in CREATE TABLE");
            return;
        }
        MutableTable table = model.createTable(name);
        Map<String, ReadColumn> read = new LinkedHashMap<>();
        List<String> primaryKey = new ArrayList<>();
        String constraintName = null;
        // definitions come in text order, so each name is looked for after the one before
        int cursor = st.span(create.getTable()).end();
        for (ColumnDefinition definition : create.getColumnDefinitions()) {
            ReadColumn column = columns.read(definition, name.schema(), name.name());
            String columnName = column.column().name();
            Span at = st.nameSpan(definition.getColumnName(), cursor);
            cursor = at.end();
            if (table.column(columnName).isPresent()) {
                errors.duplicateColumn(at, table, columnName);
                continue;
            }
            errors.checkType(engine, column, st, at.end());
            if (engine == Engine.SQLITE && options.strict()) {
                column = strictColumn(st, column, at);
            }
            table.add(column.column());
            read.put(columnName, column);
            if (engine.isMysqlFamily()) {
                MysqlLiterals.comment(column.constraints().comment()).ifPresent(c -> table.commentColumn(columnName, c));
            }
            if (column.constraints().primaryKey()) {
                primaryKey.add(columnName);
            }
        }
        for (Index index : indexes(create)) {
            if (isPrimaryKey(index)) {
                primaryKey.clear();
                constraintName = index.getName();
                primaryKey.addAll(keyColumns(st, table, index.getColumnsNames()));
            }
        }
        if (!primaryKey.isEmpty()) {
            table.setPrimaryKey(primaryKey, constraintName == null ? null : ids.name(constraintName));
            applyPrimaryKeyNullability(table, read, options);
        }
        if (engine.isMysqlFamily()) {
            MysqlLiterals.tableComment(create.getTableOptionsStrings()).ifPresent(table::comment);
        }
    }

    /**
     * A STRICT table's column must be declared INT, INTEGER, REAL, TEXT, BLOB or ANY (SQLite refuses
     * the table otherwise). ANY keeps each value as given, so it is read as {@code other} (a string)
     * rather than by the NUMERIC affinity the name has elsewhere.
     */
    private ReadColumn strictColumn(DdlStatement st, ReadColumn column, Span at) {
        String declared = column.declaredType().trim().toUpperCase(java.util.Locale.ROOT);
        if (declared.equals("ANY")) {
            Column c = column.column();
            Column any = new Column(c.name(), dev.quarry.core.types.SqlType.Scalar.other("any"), c.notNull(),
                    c.hasDefault(), c.generated());
            return new ReadColumn(any, column.constraints(), column.declaredType());
        }
        if (!STRICT_TYPES.contains(declared)) {
            Span where = declared.isEmpty() ? at : st.nameSpan(declared.split("[\\s(]", 2)[0], at.end());
            diagnostics.error("strict-type", where, declared.isEmpty()
                    ? "column \"" + column.column().name() + "\" of a STRICT table needs a type"
                    : "type \"" + column.declaredType().trim() + "\" is not allowed in a STRICT table",
                    "declare it INT, INTEGER, REAL, TEXT, BLOB or ANY");
        }
        return column;
    }

    private static final java.util.Set<String> STRICT_TYPES =
            java.util.Set.of("INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY");

    /** The key's columns that exist; an unknown one is an error at its name. */
    List<String> keyColumns(DdlStatement st, MutableTable table, List<String> rawNames) {
        List<String> found = new ArrayList<>();
        for (String raw : rawNames) {
            String column = model.ids().name(raw);
            if (table.column(column).isPresent()) {
                found.add(column);
            } else {
                errors.unknownColumn(st.nameSpan(raw), table, column);
            }
        }
        return found;
    }

    static boolean isPrimaryKey(Index index) {
        return index.getType() != null && index.getType().replaceAll("\\s+", " ").equalsIgnoreCase("PRIMARY KEY");
    }

    /**
     * PostgreSQL and MySQL: key columns are NOT NULL. SQLite: a lone {@code INTEGER PRIMARY KEY} is the rowid
     * (never null, numbered when left out); other key columns are NOT NULL only in STRICT and
     * WITHOUT ROWID tables, since SQLite keeps an old bug that lets them hold NULL.
     */
    private void applyPrimaryKeyNullability(MutableTable table, Map<String, ReadColumn> read,
            SqliteTableOptions options) {
        List<String> key = table.primaryKey();
        if (engine == Engine.SQLITE && key.size() == 1 && isRowidAlias(read.get(key.get(0)), options)) {
            Column c = table.column(key.get(0)).orElseThrow();
            table.replace(c.name(), c.withNotNull(true).withDefault(true));
            return;
        }
        boolean notNull = engine != Engine.SQLITE || options.strict() || options.withoutRowid();
        if (notNull) {
            for (String k : key) {
                Column c = table.column(k).orElseThrow();
                table.replace(c.name(), c.withNotNull(true));
            }
        }
    }

    private static boolean isRowidAlias(ReadColumn column, SqliteTableOptions options) {
        // INTEGER PRIMARY KEY DESC on the column itself is, by a documented quirk, not an alias
        return column != null && !options.withoutRowid() && column.declaredType().trim().equalsIgnoreCase("INTEGER")
                && !(column.constraints().primaryKey() && column.constraints().primaryKeyDescending());
    }

    /**
     * PostgreSQL's {@code LIKE other}: names, types and NOT NULL; no defaults or keys by default.
     * MySQL's copies the definition whole: defaults, generated columns, AUTO_INCREMENT and the key.
     */
    private void applyLike(DdlStatement st, CreateTable create, QualifiedName name) {
        var like = create.getLikeTable();
        QualifiedName source = model.ids().qualified(like.getSchemaName(), like.getName());
        Optional<MutableTable> from = model.table(source);
        if (from.isEmpty()) {
            errors.unknownTable(st.span(like), source);
            return;
        }
        MutableTable table = model.createTable(name);
        if (engine.isMysqlFamily()) {
            from.get().columns().forEach(table::add);
            table.copyComments(from.get());
            if (!from.get().primaryKey().isEmpty()) {
                table.setPrimaryKey(from.get().primaryKey(), null);
            }
            return;
        }
        from.get().columns().forEach(c -> table.add(new Column(c.name(), c.type(), c.notNull(), false, false)));
    }

    private static List<Index> indexes(CreateTable create) {
        return create.getIndexes() == null ? List.of() : create.getIndexes();
    }
}

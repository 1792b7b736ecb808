package dev.quarry.core.catalog;

import dev.quarry.core.catalog.ColumnReader.ReadColumn;
import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.config.Engine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterExpression.ColumnDataType;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;

/**
 * Applies ALTER TABLE: add, drop and rename columns, rename the table or move it to another schema,
 * change a column's type, NOT NULL and default, add or drop the primary key; MySQL's MODIFY and
 * CHANGE (a column defined anew), FIRST / AFTER and RENAME TABLE. Actions that do not change the
 * table's shape (foreign keys, checks, owners, row level security, ...) are passed over.
 */
final class AlterTableApplier {
    private final Engine engine;
    private final SchemaModel model;
    private final ColumnReader columns;
    private final NameErrors errors;

    AlterTableApplier(Engine engine, SchemaModel model, ColumnReader columns, NameErrors errors) {
        this.engine = engine;
        this.model = model;
        this.columns = columns;
        this.errors = errors;
    }

    /** Where a statement's action points; column names are looked for after the table's name. */
    private record Target(DdlStatement st, MutableTable table, int afterName) {
        dev.quarry.core.source.Span name(String raw) {
            return st.nameSpan(raw, afterName);
        }
    }

    void apply(DdlStatement st, Alter alter) {
        QualifiedName name = model.ids().qualified(alter.getTable().getSchemaName(), alter.getTable().getName());
        Optional<MutableTable> table = model.table(name);
        if (table.isEmpty()) {
            if (model.view(name).filter(View::tableAsSelect).isPresent()) {
                errors.alterOfTableAsSelect(st.span(alter.getTable()), name);
            } else if (!alter.isUseTableIfExists()) {
                errors.unknownTable(st.span(alter.getTable()), name);
            }
            return;
        }
        Target target = new Target(st, table.get(), st.span(alter.getTable()).end());
        for (AlterExpression action : alter.getAlterExpressions()) {
            apply(target, action);
        }
    }

    private void apply(Target t, AlterExpression action) {
        switch (action.getOperation()) {
            case ADD -> add(t, action);
            case DROP -> drop(t, action);
            case RENAME -> renameColumn(t, action.getColumnOldName(), action.getColumnName());
            case RENAME_TABLE -> renameTable(t, action.getNewTableName());
            case ALTER -> alterColumns(t, action);
            case MODIFY, CHANGE -> redefine(t, action);
            case DROP_PRIMARY_KEY -> t.table().dropPrimaryKey();
            case UNSPECIFIC -> setSchema(t, action.getOptionalSpecifier());
            // MySQL's table COMMENT [=] 'text'
            case COMMENT, COMMENT_WITH_EQUAL_SIGN -> t.table().comment(MysqlLiterals.value(action.getCommentText()));
            default -> {
                // options, partitions, row level security, ...: the shape stays
            }
        }
    }

    private void add(Target t, AlterExpression action) {
        for (ColumnDataType definition : nonNull(action.getColDataTypeList())) {
            ReadColumn read = columns.read(definition, t.table().schema(), t.table().name());
            Column column = read.column();
            if (t.table().column(column.name()).isPresent()) {
                if (!action.isUseIfNotExists()) {
                    errors.duplicateColumn(t.name(definition.getColumnName()), t.table(), column.name());
                }
                continue;
            }
            // as in CREATE TABLE: SQLite takes a column without a type (BLOB affinity), others report it
            errors.checkType(engine, read, t.st(), t.afterName());
            t.table().add(column);
            comment(t, column.name(), read);
            if (read.constraints().primaryKey()) {
                setPrimaryKey(t, List.of(definition.getColumnName()), null);
            }
            position(t, definition, column.name()).ifPresent(i -> t.table().move(column.name(), i));
        }
        if (action.getPkColumns() != null) {
            String constraint = action.getIndex() == null ? null : action.getIndex().getName();
            setPrimaryKey(t, action.getPkColumns(), constraint);
        }
    }

    private void setPrimaryKey(Target t, List<String> rawColumns, String rawConstraint) {
        List<String> key = rawColumns.stream().map(model.ids()::name).toList();
        for (int i = 0; i < key.size(); i++) {
            if (t.table().column(key.get(i)).isEmpty()) {
                errors.unknownColumn(t.name(rawColumns.get(i)), t.table(), key.get(i));
                return;
            }
        }
        t.table().setPrimaryKey(key, rawConstraint == null ? null : model.ids().name(rawConstraint));
        if (engine != Engine.SQLITE) {
            key.forEach(k -> update(t, k, k, c -> c.withNotNull(true)));
        }
    }

    private void drop(Target t, AlterExpression action) {
        if (action.getIndex() != null && model.ids().name(action.getIndex().getName()).equalsIgnoreCase("PRIMARY")) {
            t.table().dropPrimaryKey(); // MySQL's DROP INDEX `PRIMARY`
            return;
        }
        if (action.getConstraintName() != null) {
            if (t.table().isPrimaryKeyConstraint(model.ids().name(action.getConstraintName()))) {
                t.table().dropPrimaryKey();
            }
            return;
        }
        if (action.getColumnName() == null) {
            return;
        }
        String column = model.ids().name(action.getColumnName());
        if (t.table().column(column).isPresent()) {
            t.table().drop(column);
        } else if (!action.isUsingIfExists()) {
            errors.unknownColumn(t.name(action.getColumnName()), t.table(), column);
        }
    }

    /**
     * MySQL's {@code MODIFY col definition} and {@code CHANGE old new definition}: the column is
     * defined anew (what the definition leaves out, a default say, is gone), in its place unless
     * FIRST or AFTER moves it. A key column stays NOT NULL, as MySQL keeps it.
     */
    private void redefine(Target t, AlterExpression action) {
        for (ColumnDataType definition : nonNull(action.getColDataTypeList())) {
            String rawOld = action.getOperation() == AlterOperation.CHANGE ? action.getColumnOldName()
                    : definition.getColumnName();
            Optional<Column> existing = t.table().column(model.ids().name(rawOld));
            if (existing.isEmpty()) {
                if (!action.isUsingIfExists()) {
                    errors.unknownColumn(t.name(rawOld), t.table(), model.ids().name(rawOld));
                }
                continue;
            }
            ReadColumn read = columns.read(definition, t.table().schema(), t.table().name());
            Column column = read.column();
            if (!model.ids().same(existing.get().name(), column.name()) && t.table().column(column.name()).isPresent()) {
                errors.duplicateColumn(t.name(definition.getColumnName()), t.table(), column.name());
                continue;
            }
            boolean keyColumn = t.table().primaryKey().stream().anyMatch(k -> model.ids().same(k, existing.get().name()));
            t.table().replace(existing.get().name(), keyColumn ? column.withNotNull(true) : column);
            comment(t, column.name(), read);
            if (read.constraints().primaryKey()) {
                setPrimaryKey(t, List.of(definition.getColumnName()), null);
            }
            position(t, definition, column.name()).ifPresent(i -> t.table().move(column.name(), i));
        }
    }

    /** MySQL's column COMMENT, which a definition sets and (in MODIFY and CHANGE) clears when it has none. */
    private void comment(Target t, String column, ReadColumn read) {
        if (engine.isMysqlFamily()) {
            t.table().commentColumn(column, MysqlLiterals.comment(read.constraints().comment()).orElse(null));
        }
    }

    /**
     * MySQL's {@code FIRST} or {@code AFTER col} closing a column definition: the index the column
     * goes to among the table's other columns; empty when the definition says nothing of it.
     */
    private OptionalInt position(Target t, ColumnDataType definition, String column) {
        List<String> specs = nonNull(definition.getColumnSpecs());
        int n = specs.size();
        if (!engine.isMysqlFamily() || n == 0) {
            return OptionalInt.empty();
        }
        if (specs.get(n - 1).equalsIgnoreCase("FIRST")) {
            return OptionalInt.of(0);
        }
        if (n < 2 || !specs.get(n - 2).equalsIgnoreCase("AFTER")) {
            return OptionalInt.empty();
        }
        String after = model.ids().name(specs.get(n - 1));
        List<String> others = t.table().columnNames().stream().filter(c -> !model.ids().same(c, column)).toList();
        for (int i = 0; i < others.size(); i++) {
            if (model.ids().same(others.get(i), after)) {
                return OptionalInt.of(i + 1);
            }
        }
        errors.unknownColumn(t.name(specs.get(n - 1)), t.table(), after);
        return OptionalInt.empty();
    }

    /** MySQL's {@code RENAME TABLE a TO b [, c TO d]}, applied in order as MySQL does. */
    void apply(DdlStatement st, RenameTableStatement rename) {
        for (Map.Entry<net.sf.jsqlparser.schema.Table, net.sf.jsqlparser.schema.Table> pair : rename.getTableNames()) {
            var from = pair.getKey();
            QualifiedName name = model.ids().qualified(from.getSchemaName(), from.getName());
            Optional<MutableTable> table = model.table(name);
            Optional<View> copied = model.view(name).filter(View::tableAsSelect);
            if (table.isEmpty() && copied.isPresent()) {
                renameTableAsSelect(st, copied.get(), pair.getValue());
                continue;
            }
            if (table.isEmpty()) {
                errors.unknownTable(st.span(from), name);
                continue;
            }
            renameTable(new Target(st, table.get(), st.span(from).end()), pair.getValue().getName());
        }
    }

    /** A table made by CREATE TABLE ... AS SELECT (kept like a view) under its new name. */
    private void renameTableAsSelect(DdlStatement st, View copied, net.sf.jsqlparser.schema.Table to) {
        QualifiedName newName = new QualifiedName(copied.schema(), model.ids().qualified(to.getName()).name());
        if (model.table(newName).isPresent() || model.view(newName).isPresent()) {
            errors.duplicateTable(st.span(to), newName);
            return;
        }
        model.dropView(copied);
        model.putView(new View(copied.schema(), newName.name(), copied.columnNames(), copied.query(),
                copied.definition(), true));
    }

    private void renameColumn(Target t, String rawOld, String rawNew) {
        String newName = model.ids().name(rawNew);
        String oldName = model.ids().name(rawOld);
        if (t.table().column(oldName).isPresent() && !model.ids().same(oldName, newName)
                && t.table().column(newName).isPresent()) {
            errors.duplicateColumn(t.name(rawNew), t.table(), newName);
            return;
        }
        update(t, rawOld, oldName, c -> c.withName(newName));
    }

    private void renameTable(Target t, String rawNewName) {
        QualifiedName newName = new QualifiedName(t.table().schema(),
                model.ids().qualified(rawNewName).name());
        if (model.table(newName).isPresent()) {
            errors.duplicateTable(t.name(rawNewName), newName);
            return;
        }
        ViewTableReferences.retarget(model, new QualifiedName(t.table().schema(), t.table().name()), newName);
        t.table().rename(newName.name());
    }

    /** {@code SET SCHEMA s}, which JSqlParser keeps as the text of an unspecific action. */
    private void setSchema(Target t, String specifier) {
        String[] words = specifier == null ? new String[0] : specifier.strip().split("\\s+");
        if (words.length != 3 || !words[0].equalsIgnoreCase("SET") || !words[1].equalsIgnoreCase("SCHEMA")) {
            return;
        }
        QualifiedName moved = new QualifiedName(model.ids().name(words[2]), t.table().name());
        if (!errors.schemaExists(t.name(words[2]), moved)) {
            return;
        }
        if (model.relationIn(moved)) {
            errors.duplicateTable(t.name(words[2]), moved);
            return;
        }
        ViewTableReferences.retarget(model, new QualifiedName(t.table().schema(), t.table().name()), moved);
        t.table().moveTo(moved.schema());
    }

    private void alterColumns(Target t, AlterExpression action) {
        for (var change : nonNull(action.getColumnSetNotNullList())) {
            update(t, change.getColumnName(), c -> c.withNotNull(true));
        }
        for (var change : nonNull(action.getColumnDropNotNullList())) {
            update(t, change.getColumnName(), c -> c.withNotNull(false));
        }
        for (var change : nonNull(action.getColumnSetDefaultList())) {
            update(t, change.getColumnName(), c -> c.withDefault(true));
        }
        for (var change : nonNull(action.getColumnDropDefaultList())) {
            update(t, change.getColumnName(), c -> c.withDefault(false));
        }
        // MySQL 8's ALTER COLUMN c SET INVISIBLE / VISIBLE
        for (var change : nonNull(action.getColumnSetVisibilityList())) {
            update(t, change.getColumnName(), c -> c.withHidden(!change.isVisible()));
        }
        for (ColumnDataType change : nonNull(action.getColDataTypeList())) {
            if (change.isWithType()) {
                String declared = change.getColDataType().toString();
                update(t, change.getColumnName(),
                        c -> c.withType(columns.resolveType(declared, t.table().schema())));
            }
        }
    }

    private void update(Target t, String rawColumn, UnaryOperator<Column> change) {
        update(t, rawColumn, model.ids().name(rawColumn), change);
    }

    /** Changes a column, or reports it unknown at its name with a "did you mean" hint. */
    private void update(Target t, String rawColumn, String column, UnaryOperator<Column> change) {
        Optional<Column> existing = t.table().column(column);
        if (existing.isEmpty()) {
            errors.unknownColumn(t.name(rawColumn), t.table(), column);
            return;
        }
        t.table().replace(existing.get().name(), change.apply(existing.get()));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}

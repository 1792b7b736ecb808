package dev.quarry.core.catalog;

import dev.quarry.core.config.Engine;
import dev.quarry.core.types.SqlType;
import dev.quarry.core.types.TypeNames;
import java.util.List;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

/** Turns a JSqlParser column definition (CREATE TABLE, ALTER TABLE ADD) into a {@link Column}. */
final class ColumnReader {
    private final Engine engine;
    private final SchemaModel model;

    /** A column with what was declared for it, which table-level rules still need. */
    record ReadColumn(Column column, ColumnConstraints constraints, String declaredType) {}

    ColumnReader(Engine engine, SchemaModel model) {
        this.engine = engine;
        this.model = model;
    }

    ReadColumn read(ColumnDefinition definition, String tableSchema) {
        return read(definition, tableSchema, "");
    }

    /** {@code tableName} names the enum type of a MySQL {@code ENUM(...)} column. */
    ReadColumn read(ColumnDefinition definition, String tableSchema, String tableName) {
        // SQLite allows a column without a type (BLOB affinity); elsewhere it is reported by NameErrors.checkType
        String declared = definition.getColDataType() == null ? "" : definition.getColDataType().toString();
        List<String> specs = definition.getColumnSpecs() == null ? List.of() : definition.getColumnSpecs();
        ColumnConstraints constraints = ColumnConstraints.read(specs);
        String columnName = model.ids().name(definition.getColumnName());
        SqlType type = engine.isMysqlFamily() && definition.getColDataType() != null
                && MysqlEnumColumns.isEnum(definition.getColDataType())
                ? MysqlEnumColumns.declare(definition.getColDataType(), tableSchema, tableName, columnName)
                : resolveType(declared, tableSchema);
        // serial is int plus a sequence default and NOT NULL; identity and MySQL's AUTO_INCREMENT likewise
        // MySQL's SERIAL is BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE
        boolean mysqlSerial = engine.isMysqlFamily() && declared.strip().equalsIgnoreCase("serial");
        boolean serial = engine == Engine.POSTGRESQL && TypeNames.isSerial(declared) || mysqlSerial;
        boolean autoIncrement = engine.isMysqlFamily() && (constraints.autoincrement() || mysqlSerial);
        boolean notNull = constraints.notNull() || serial || constraints.identity() || autoIncrement
                || model.domainNotNull(declared, tableSchema);
        boolean hasDefault = constraints.hasDefault() || serial || constraints.identity() || autoIncrement;
        Column column = new Column(columnName, type, notNull, hasDefault, constraints.generated(), autoIncrement,
                engine.isMysqlFamily() && constraints.invisible());
        return new ReadColumn(column, constraints, declared);
    }

    SqlType resolveType(String declared, String tableSchema) {
        return TypeNames.resolve(engine, declared, name -> model.userType(name, tableSchema));
    }
}

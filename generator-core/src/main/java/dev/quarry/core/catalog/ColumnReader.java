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
        String declared = definition.getColDataType().toString();
        List<String> specs = definition.getColumnSpecs() == null ? List.of() : definition.getColumnSpecs();
        ColumnConstraints constraints = ColumnConstraints.read(specs);
        SqlType type = resolveType(declared, tableSchema);
        // serial is int plus a sequence default and NOT NULL; identity likewise
        boolean serial = engine == Engine.POSTGRESQL && TypeNames.isSerial(declared);
        boolean notNull = constraints.notNull() || serial || constraints.identity()
                || model.domainNotNull(declared, tableSchema);
        boolean hasDefault = constraints.hasDefault() || serial || constraints.identity();
        Column column = new Column(model.ids().name(definition.getColumnName()), type, notNull, hasDefault,
                constraints.generated());
        return new ReadColumn(column, constraints, declared);
    }

    SqlType resolveType(String declared, String tableSchema) {
        return TypeNames.resolve(engine, declared, name -> model.userType(name, tableSchema));
    }
}

package dev.quarry.core.catalog;

import dev.quarry.core.catalog.Identifiers.QualifiedName;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.drop.Drop;

/** Applies DROP TABLE / VIEW [IF EXISTS] a, b; other DROP statements do not change tables. */
final class DropTableApplier {
    private final SchemaModel model;
    private final NameErrors errors;

    DropTableApplier(SchemaModel model, NameErrors errors) {
        this.model = model;
        this.errors = errors;
    }

    /** MySQL's {@code DROP INDEX `PRIMARY` ON t} drops the primary key; other indexes change no column. */
    private void dropPrimaryKeyIndex(Drop drop) {
        List<String> params = drop.getParameters() == null ? List.of() : drop.getParameters();
        if (drop.getName() == null || !model.ids().name(drop.getName().getName()).equalsIgnoreCase("PRIMARY")
                || params.size() < 2 || !params.get(0).equalsIgnoreCase("ON")) {
            return;
        }
        model.table(model.ids().qualified(params.get(1))).ifPresent(MutableTable::dropPrimaryKey);
    }

    void apply(DdlStatement st, Drop drop) {
        if ("FUNCTION".equalsIgnoreCase(drop.getType())) {
            for (Table raw : drop.getNames() != null ? drop.getNames() : java.util.List.of(drop.getName())) {
                model.dropFunctions(model.ids().qualified(raw.getSchemaName(), raw.getName()));
            }
            return;
        }
        if ("INDEX".equalsIgnoreCase(drop.getType())) {
            dropPrimaryKeyIndex(drop);
            return;
        }
        boolean view = "VIEW".equalsIgnoreCase(drop.getType()) || "MATERIALIZED VIEW".equalsIgnoreCase(drop.getType());
        if (!"TABLE".equalsIgnoreCase(drop.getType()) && !view) {
            return;
        }
        var names = drop.getNames() != null ? drop.getNames() : java.util.List.of(drop.getName());
        for (Table raw : names) {
            QualifiedName name = model.ids().qualified(raw.getSchemaName(), raw.getName());
            if (view) {
                Optional<View> existing = model.view(name);
                if (existing.isPresent()) {
                    model.dropView(existing.get());
                } else if (!drop.isIfExists()) {
                    errors.unknownTable(st.span(raw), name);
                }
                continue;
            }
            Optional<MutableTable> table = model.table(name);
            // a table made by CREATE TABLE ... AS SELECT is kept like a view
            Optional<View> copied = model.view(name).filter(View::tableAsSelect);
            if (table.isPresent()) {
                model.dropTable(table.get());
            } else if (copied.isPresent()) {
                model.dropView(copied.get());
            } else if (!drop.isIfExists()) {
                errors.unknownTable(st.span(raw), name);
            }
        }
    }
}

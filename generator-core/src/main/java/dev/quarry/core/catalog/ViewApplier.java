package dev.quarry.core.catalog;

import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.parse.ParsedStatement;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Records CREATE [OR REPLACE] [MATERIALIZED] VIEW and MySQL's ALTER VIEW; analysis types the view
 * where it is read.
 */
final class ViewApplier {
    private final SchemaModel model;
    private final NameErrors errors;

    ViewApplier(SchemaModel model, NameErrors errors) {
        this.model = model;
        this.errors = errors;
    }

    void apply(DdlStatement st, CreateView create) {
        QualifiedName name = model.ids().qualified(create.getView().getSchemaName(), create.getView().getName());
        if (!errors.schemaExists(st.span(create.getView()), name)) {
            return;
        }
        boolean exists = model.view(name).isPresent() || model.table(name).isPresent();
        if (exists && !create.isOrReplace()) {
            errors.duplicateTable(st.span(create.getView()), name);
            return;
        }
        List<String> columns = new ArrayList<>();
        if (create.getColumnNames() != null) {
            for (Column c : create.getColumnNames()) {
                columns.add(model.ids().name(c.getColumnName()));
            }
        }
        put(st, name, columns, create.getSelect(), false);
    }

    /** MySQL's {@code ALTER VIEW v [(columns)] AS SELECT ...}: an existing view defined anew. */
    void apply(DdlStatement st, AlterView alter) {
        QualifiedName name = model.ids().qualified(alter.getView().getSchemaName(), alter.getView().getName());
        if (model.view(name).filter(v -> !v.tableAsSelect()).isEmpty()) {
            errors.unknownView(st.span(alter.getView()), name);
            return;
        }
        List<String> columns = new ArrayList<>();
        if (alter.getColumnNames() != null) {
            alter.getColumnNames().forEach(c -> columns.add(model.ids().name(c)));
        }
        put(st, name, columns, alter.getSelect(), false);
    }

    /**
     * {@code CREATE TABLE t AS SELECT ...}: kept like a view, so analysis types its columns from
     * the query (the rows it copied have exactly those types and the nullability of the query).
     */
    void applyTableAsSelect(DdlStatement st, CreateTable create, QualifiedName name) {
        List<String> columns = new ArrayList<>();
        if (create.getColumns() != null) {
            create.getColumns().forEach(c -> columns.add(model.ids().name(c)));
        }
        put(st, name, columns, create.getSelect(), true);
    }

    private void put(DdlStatement st, QualifiedName name, List<String> columns, Select select, boolean tableAsSelect) {
        // the parser may have read a copy of the file with clauses blanked; positions point into the real one
        ParsedStatement p = st.parsed();
        ParsedStatement definition = new ParsedStatement(st.file(), p.start(), p.end(), p.statement(), p.parsedText(),
                p.toFile(), p.params());
        model.putView(new View(name.schema(), name.name(), columns, select, definition, tableAsSelect));
    }
}

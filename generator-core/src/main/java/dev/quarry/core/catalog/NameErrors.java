package dev.quarry.core.catalog;

import dev.quarry.core.catalog.Identifiers.QualifiedName;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.diag.Suggestions;
import dev.quarry.core.source.Span;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** The catalog's errors about names: unknown or duplicate tables, columns and types. */
final class NameErrors {
    private final Diagnostics diagnostics;
    private final SchemaModel model;

    NameErrors(Diagnostics diagnostics, SchemaModel model) {
        this.diagnostics = diagnostics;
        this.model = model;
    }

    void unknownTable(Span span, QualifiedName name) {
        if (!schemaExists(span, name)) {
            return;
        }
        String shown = display(name);
        diagnostics.error("unknown-table", span, "table \"" + shown + "\" does not exist",
                hint(shown, model.tableNames()));
    }

    void unknownView(Span span, QualifiedName name) {
        if (!schemaExists(span, name)) {
            return;
        }
        String shown = display(name);
        diagnostics.error("unknown-view", span, "view \"" + shown + "\" does not exist", hint(shown, model.viewNames()));
    }

    /** ALTER TABLE on a table made by CREATE TABLE ... AS SELECT, which Quarry types from its query. */
    void alterOfTableAsSelect(Span span, QualifiedName name) {
        diagnostics.error("unsupported-ddl", span, "cannot alter table \"" + display(name) + "\": it was made by"
                + " CREATE TABLE ... AS SELECT, whose columns Quarry reads from the query only where a query uses it",
                "declare the table with CREATE TABLE (columns) and fill it with INSERT ... SELECT");
    }

    void unknownColumn(Span span, MutableTable table, String column) {
        diagnostics.error("unknown-column", span,
                "column \"" + column + "\" of table \"" + table.name() + "\" does not exist",
                hint(column, table.columnNames()));
    }

    /**
     * A PostgreSQL column type that is neither built in, nor from a common extension, nor created
     * in the schema: a warning, since an extension Quarry does not know may provide it.
     */
    void checkType(dev.quarry.core.config.Engine engine, ColumnReader.ReadColumn column, DdlStatement st, int from) {
        if (column.declaredType().isBlank() && engine != dev.quarry.core.config.Engine.SQLITE) {
            diagnostics.error("missing-type", st.nameSpan(column.column().name(), from), "column \""
                    + column.column().name() + "\" has no type", "declare one, e.g. " + column.column().name() + " text");
            return;
        }
        if (engine != dev.quarry.core.config.Engine.POSTGRESQL
                || dev.quarry.core.types.TypeNames.isKnownOtherPostgresType(column.column().type())) {
            return;
        }
        String declared = column.declaredType();
        String word = declared.replace("\"", "").split("[\\s(\\[]", 2)[0];
        diagnostics.warning("unknown-type", st.nameSpan(word, from), "type \"" + declared
                + "\" is not known; its values are read as strings",
                hint(word, model.enumNames()) != null ? hint(word, model.enumNames())
                        : "create it first (CREATE TYPE ... AS ENUM), or override its Java type");
    }

    /**
     * Whether the schema a name is (to be) created in, or looked up in, exists; if not, reports
     * that at {@code span}, the name as written, which starts with its schema.
     */
    boolean schemaExists(Span span, QualifiedName name) {
        if (model.schemaExists(name.schema())) {
            return true;
        }
        unknownSchema(qualifier(span, name.schema()), name.schema());
        return false;
    }

    /** Of a span over {@code schema.name} as written, the schema part; the whole span otherwise. */
    private static Span qualifier(Span span, String schema) {
        String text = span.text();
        String quoted = "\"" + schema.replace("\"", "\"\"") + "\"";
        for (String written : java.util.List.of(schema, quoted)) {
            if (text.regionMatches(true, 0, written, 0, written.length()) && text.startsWith(".", written.length())) {
                return span.prefix(written.length());
            }
        }
        return span;
    }

    void unknownSchema(Span span, String schema) {
        String hint = hint(schema, model.schemaNames());
        diagnostics.error("unknown-schema", span, "schema \"" + schema + "\" does not exist",
                hint != null ? hint : "create it first: CREATE SCHEMA " + schema);
    }

    void duplicateSchema(Span span, String schema, boolean byCreate) {
        diagnostics.error("duplicate-schema", span, "schema \"" + schema + "\" already exists",
                byCreate ? "use CREATE SCHEMA IF NOT EXISTS " + schema + ", or drop the schema first" : null);
    }

    void duplicateTable(Span span, QualifiedName name) {
        diagnostics.error("duplicate-table", span, "table \"" + display(name) + "\" already exists",
                "use CREATE TABLE IF NOT EXISTS, or drop the table first");
    }

    void duplicateColumn(Span span, MutableTable table, String column) {
        diagnostics.error("duplicate-column", span,
                "column \"" + column + "\" of table \"" + table.name() + "\" already exists", null);
    }

    void unknownType(Span span, QualifiedName name) {
        if (!schemaExists(span, name)) {
            return;
        }
        String shown = display(name);
        diagnostics.error("unknown-type", span, "type \"" + shown + "\" does not exist",
                hint(shown, model.enumNames()));
    }

    void duplicateType(Span span, QualifiedName name) {
        diagnostics.error("duplicate-type", span, "type \"" + display(name) + "\" already exists", null);
    }

    private String display(QualifiedName name) {
        return model.ids().same(name.schema(), model.ids().defaultSchema()) ? name.name() : name.toString();
    }

    private static @Nullable String hint(String word, Collection<String> candidates) {
        return Suggestions.closest(word, candidates).map(s -> "did you mean \"" + s + "\"?").orElse(null);
    }
}

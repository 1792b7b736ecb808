package dev.quarry.core.catalog;

import dev.quarry.core.parse.ParsedStatement;
import java.util.List;
import net.sf.jsqlparser.statement.select.Select;

/**
 * A view: its name and its defining query, kept parsed. The catalog cannot type it (that needs
 * the analyzer), so analysis types a view from its definition where a query reads it, and
 * outer-join nullability inside the view carries through.
 *
 * @param columnNames the names given in {@code CREATE VIEW v (a, b)}, if any
 * @param definition the CREATE VIEW statement, for positions in diagnostics
 * @param tableAsSelect a table made by {@code CREATE TABLE ... AS SELECT}: typed like a view, but
 *     its columns carry no NOT NULL (the server copies none), so every column is nullable
 */
public record View(String schema, String name, List<String> columnNames, Select query, ParsedStatement definition,
        boolean tableAsSelect) {

    public View {
        columnNames = List.copyOf(columnNames);
    }

    public View(String schema, String name, List<String> columnNames, Select query, ParsedStatement definition) {
        this(schema, name, columnNames, query, definition, false);
    }

    /** The same view in another schema (its schema renamed, or the view moved). */
    View withSchema(String newSchema) {
        return new View(newSchema, name, columnNames, query, definition, tableAsSelect);
    }

    /** The same view under another name (ALTER VIEW ... RENAME TO). */
    View withName(String newName) {
        return new View(schema, newName, columnNames, query, definition, tableAsSelect);
    }
}

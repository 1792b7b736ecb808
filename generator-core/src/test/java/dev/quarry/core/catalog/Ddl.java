package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import dev.quarry.core.types.SqlType;
import java.nio.file.Path;
import java.util.List;

/** Builds a catalog from DDL text in tests, and reads the result. */
record Ddl(Catalog catalog, List<Diagnostic> diagnostics) {

    static Ddl postgres(String... files) {
        return build(Engine.POSTGRESQL, files);
    }

    static Ddl sqlite(String... files) {
        return build(Engine.SQLITE, files);
    }

    static Ddl build(Engine engine, String... files) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> sources = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            String name = "schema" + (i + 1) + ".sql";
            sources.add(SourceFile.of(Path.of(name), name, files[i]));
        }
        Catalog catalog = CatalogBuilder.build(engine, sources, diagnostics);
        return new Ddl(catalog, diagnostics.sorted());
    }

    /** Builds and insists on no diagnostics at all. */
    static Ddl clean(Engine engine, String... files) {
        Ddl ddl = build(engine, files);
        assertTrue(ddl.diagnostics.isEmpty(), () -> "unexpected diagnostics:\n" + ddl.rendered());
        return ddl;
    }

    Table table(String name) {
        return catalog.table(null, name).orElseThrow(() -> new AssertionError("no table " + name + " in "
                + catalog.tables().stream().map(Table::qualifiedName).toList()));
    }

    Column column(String table, String column) {
        return table(table).column(column).orElseThrow(() -> new AssertionError("no column " + column
                + " in " + table(table).columns()));
    }

    /** Type name, nullability and default as one string, to compare columns at a glance. */
    String shape(String table, String column) {
        Column c = column(table, column);
        return c.type().name() + (c.notNull() ? " not null" : " null") + (c.hasDefault() ? " default" : "")
                + (c.generated() ? " generated" : "");
    }

    SqlType type(String table, String column) {
        return column(table, column).type();
    }

    String rendered() {
        return DiagnosticRenderer.render(diagnostics);
    }

    Diagnostic only() {
        assertEquals(1, diagnostics.size(), () -> "expected one diagnostic:\n" + rendered());
        return diagnostics.get(0);
    }
}

package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.StatementSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Applies the up parts of every migrations golden folder, in the order Quarry chose, to a real
 * PostgreSQL server, and compares the catalog Quarry built with information_schema: tables,
 * columns, types, nullability, defaults and primary keys. A wrong order or an applied down part
 * fails on the server or shows as a difference.
 */
class PostgresMigrationComparisonTest {
    private static final Path GOLDEN = Path.of("src/test/golden/postgresql");

    @TestFactory
    Stream<DynamicTest> migrationFoldersMatchTheServer() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(GOLDEN)) {
            folders = list.filter(p -> p.getFileName().toString().startsWith("migrations-")).sorted().toList();
        }
        assertFalse(folders.isEmpty());
        return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    private static void compare(Path folder) throws SQLException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = ConfigLoader.load(folder.resolve("quarry.yaml"), diagnostics).orElseThrow();
        List<SchemaScript> scripts = SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir());
        Catalog catalog = CatalogBuilder.buildScripts(config.engine(), List.of(), scripts, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        String schema = "quarry_migrations_test_" + ProcessHandle.current().pid();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            try (Statement s = db.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path = " + schema);
                for (SchemaScript script : scripts) {
                    String text = script.file().text();
                    for (SchemaScript.Section section : script.sections()) {
                        var pieces = section.oneStatement() ? StatementSplitter.whole(text, section.start(), section.end())
                                : StatementSplitter.split(text, section.start(), section.end());
                        for (StatementSplitter.Piece piece : pieces) {
                            s.execute(piece.text());
                        }
                    }
                }
            }
            try {
                assertEquals(PostgresCatalogComparisonTest.serverTables(db, schema),
                        catalog.tables().stream().map(Table::name).toList());
                for (Table table : catalog.tables()) {
                    assertEquals(PostgresCatalogComparisonTest.serverColumns(db, schema, table.name()),
                            table.columns().stream().map(PostgresCatalogComparisonTest::describe).toList(),
                            "columns of " + table.name());
                    assertEquals(PostgresCatalogComparisonTest.serverPrimaryKey(db, schema, table.name()),
                            table.primaryKey(), "primary key of " + table.name());
                }
            } finally {
                try (Statement s = db.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}

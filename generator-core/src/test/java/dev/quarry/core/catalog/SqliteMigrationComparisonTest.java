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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Applies the up parts of every SQLite migrations golden folder, in the order Quarry chose and one
 * statement at a time as Quarry split them, to an in-memory SQLite database, and after each
 * migration compares the catalog Quarry builds from the migrations so far with {@code PRAGMA
 * table_xinfo}. A wrong order or an applied down or undo part fails in SQLite or shows as a
 * difference.
 */
class SqliteMigrationComparisonTest {
    private static final Path GOLDEN = Path.of("src/test/golden/sqlite");

    @TestFactory
    Stream<DynamicTest> migrationFoldersMatchTheDatabase() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(GOLDEN)) {
            folders = list.filter(p -> p.getFileName().toString().startsWith("migrations-")).sorted().toList();
        }
        assertFalse(folders.isEmpty());
        return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    private static void compare(Path folder) throws SQLException {
        Diagnostics configDiagnostics = new Diagnostics();
        QuarryConfig config = ConfigLoader.load(folder.resolve("quarry.yaml"), configDiagnostics).orElseThrow();
        List<SchemaScript> scripts = SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            // after each migration, the database and the catalog of the migrations so far must agree
            for (int applied = 1; applied <= scripts.size(); applied++) {
                SchemaScript script = scripts.get(applied - 1);
                apply(db, script);
                Diagnostics diagnostics = new Diagnostics();
                Catalog catalog = CatalogBuilder.buildScripts(config.engine(), List.of(), scripts.subList(0, applied),
                        diagnostics);
                assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
                compare(db, catalog, "after " + script.file().displayPath());
            }
        }
    }

    private static void apply(Connection db, SchemaScript script) throws SQLException {
        String text = script.file().text();
        try (Statement s = db.createStatement()) {
            for (SchemaScript.Section section : script.sections()) {
                var pieces = section.oneStatement() ? StatementSplitter.whole(text, section.start(), section.end())
                        : StatementSplitter.split(text, section.start(), section.end());
                for (StatementSplitter.Piece piece : pieces) {
                    s.execute(piece.text());
                }
            }
        }
    }

    private static void compare(Connection db, Catalog catalog, String when) throws SQLException {
        assertEquals(SqliteCatalogComparisonTest.tables(db), catalog.tables().stream().map(Table::name).sorted().toList(),
                "tables " + when);
        for (Table table : catalog.tables()) {
            List<String> expected = new ArrayList<>();
            List<String> key = new ArrayList<>();
            SqliteCatalogComparisonTest.describeFromDatabase(db, table.name(), expected, key);
            assertEquals(expected, table.columns().stream().map(SqliteCatalogComparisonTest::describe).toList(),
                    "columns of " + table.name() + " " + when);
            assertEquals(key, table.primaryKey(), "primary key of " + table.name() + " " + when);
        }
    }
}

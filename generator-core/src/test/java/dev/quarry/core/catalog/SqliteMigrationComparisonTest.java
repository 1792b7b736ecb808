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
 * statement at a time as Quarry split them, to an in-memory SQLite database, and compares the
 * catalog Quarry built with {@code PRAGMA table_xinfo}. A wrong order or an applied down part fails
 * in SQLite or shows as a difference.
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
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = ConfigLoader.load(folder.resolve("quarry.yaml"), diagnostics).orElseThrow();
        List<SchemaScript> scripts = SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir());
        Catalog catalog = CatalogBuilder.buildScripts(config.engine(), List.of(), scripts, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = db.createStatement()) {
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
            assertEquals(SqliteCatalogComparisonTest.tables(db), catalog.tables().stream().map(Table::name).sorted().toList());
            for (Table table : catalog.tables()) {
                List<String> expected = new ArrayList<>();
                List<String> key = new ArrayList<>();
                SqliteCatalogComparisonTest.describeFromDatabase(db, table.name(), expected, key);
                assertEquals(expected, table.columns().stream().map(SqliteCatalogComparisonTest::describe).toList(),
                        "columns of " + table.name());
                assertEquals(key, table.primaryKey(), "primary key of " + table.name());
            }
        }
    }
}

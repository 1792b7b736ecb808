package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.golden.PostgresScratchDatabase;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.StatementSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Applies the schema of every PostgreSQL golden folder that creates, drops, renames or moves
 * schemas (and builds without errors) to a scratch database of its own on the server, one statement at a
 * time, and compares Quarry's catalog with the server's: the tables of every schema, their columns
 * and primary keys, and the enum types.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSchemaFoldersComparisonTest {
    private static final Path GOLDEN = Path.of("src/test/golden/postgresql");

    private PostgresScratchDatabase scratch;

    @AfterAll
    void dropScratchDatabase() throws SQLException {
        if (scratch != null) {
            scratch.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> schemaFoldersMatchTheServer() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> list = Files.list(GOLDEN)) {
            for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
                Diagnostics diagnostics = new Diagnostics();
                QuarryConfig config = ConfigLoader.load(folder.resolve("quarry.yaml"), diagnostics).orElse(null);
                if (config != null && PostgresScratchDatabase.needed(config)
                        && !Files.exists(folder.resolve("expected-diagnostics.txt"))) {
                    folders.add(folder);
                }
            }
        }
        assertFalse(folders.isEmpty());
        return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    private void compare(Path folder) throws SQLException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = ConfigLoader.load(folder.resolve("quarry.yaml"), diagnostics).orElseThrow();
        List<SchemaScript> scripts = SourceDiscovery.discoverSchema(config.schemaLocations(), config.baseDir());
        Catalog catalog = CatalogBuilder.buildScripts(config.engine(), config.searchPath(), scripts, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        if (scratch == null) {
            scratch = PostgresScratchDatabase.create("quarry_schemas_" + ProcessHandle.current().pid());
        }
        try (Connection db = scratch.connectEmpty(config)) {
            try (Statement s = db.createStatement()) {
                for (SchemaScript script : scripts) {
                    String text = script.file().text();
                    for (SchemaScript.Section section : script.sections()) {
                        for (StatementSplitter.Piece piece : section.oneStatement()
                                ? StatementSplitter.whole(text, section.start(), section.end())
                                : StatementSplitter.split(text, section.start(), section.end())) {
                            s.execute(piece.text());
                        }
                    }
                }
            }
            assertEquals(serverTables(db), catalog.tables().stream().map(Table::qualifiedName).toList());
            for (Table table : catalog.tables()) {
                assertEquals(PostgresCatalogComparisonTest.serverColumns(db, table.schema(), table.name()),
                        table.columns().stream().map(PostgresCatalogComparisonTest::describe).toList(),
                        "columns of " + table.qualifiedName());
                assertEquals(PostgresCatalogComparisonTest.serverPrimaryKey(db, table.schema(), table.name()),
                        table.primaryKey(), "primary key of " + table.qualifiedName());
            }
            assertEquals(serverEnums(db), catalog.enums().stream()
                    .map(e -> e.schema() + "." + e.name() + " " + e.labels()).toList());
        }
    }

    /** Tables of every user schema, as {@code schema.table}, in the catalog's order. */
    private static List<String> serverTables(Connection db) throws SQLException {
        return strings(db, """
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'
                ORDER BY lower(table_schema) COLLATE "C", lower(table_name) COLLATE "C"
                """);
    }

    private static List<String> serverEnums(Connection db) throws SQLException {
        return strings(db, """
                SELECT n.nspname || '.' || t.typname || ' [' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) || ']'
                FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                JOIN pg_namespace n ON n.oid = t.typnamespace
                GROUP BY n.nspname, t.typname ORDER BY lower(n.nspname) COLLATE "C", lower(t.typname) COLLATE "C"
                """);
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

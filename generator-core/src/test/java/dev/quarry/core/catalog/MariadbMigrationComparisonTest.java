package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quarry.core.config.ConfigLoader;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SchemaScript;
import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.StatementSplitter;
import dev.quarry.core.types.SqlType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Applies the up parts of every MySQL migrations golden folder, in the order Quarry chose and one
 * statement at a time as Quarry split them, to a fresh database of the MariaDB server at
 * 127.0.0.1:3306, and after each migration file compares the catalog Quarry built from the files so
 * far with information_schema: tables, columns in order, types, nullability, defaults and primary
 * keys; views by name (a table made by CREATE TABLE ... AS SELECT, which Quarry keeps like a view,
 * is a table there); and the enum types, which must be exactly one per ENUM column, named after its
 * table and column. A wrong order, an applied down part or a misread ALTER TABLE fails on the
 * server or shows as a difference. Fails when the server is unreachable.
 */
class MariadbMigrationComparisonTest {
    private static final Path GOLDEN = Path.of("src/test/golden/mysql");

    @TestFactory
    Stream<DynamicTest> migrationFoldersMatchTheServerAfterEveryFile() throws IOException {
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
        String database = "quarry_migrations_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
            try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + database, "root", "")) {
                for (int applied = 1; applied <= scripts.size(); applied++) {
                    SchemaScript script = scripts.get(applied - 1);
                    apply(db, script);
                    Diagnostics built = new Diagnostics();
                    Catalog catalog = CatalogBuilder.buildScripts(config.engine(), List.of(), scripts.subList(0, applied),
                            built);
                    assertFalse(built.hasErrors(), built.sorted().toString());
                    compare(db, database, catalog, "after " + script.file().displayPath());
                }
            } finally {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static void apply(Connection db, SchemaScript script) throws SQLException {
        String text = script.file().text();
        try (Statement s = db.createStatement()) {
            for (SchemaScript.Section section : script.sections()) {
                var pieces = section.oneStatement() ? StatementSplitter.whole(text, section.start(), section.end())
                        : StatementSplitter.split(text, section.start(), section.end(), true);
                for (StatementSplitter.Piece piece : pieces) {
                    s.execute(piece.text());
                }
            }
        }
    }

    private static void compare(Connection db, String database, Catalog catalog, String when) throws SQLException {
        List<String> tables = new ArrayList<>(catalog.tables().stream().map(Table::name).toList());
        catalog.views().stream().filter(View::tableAsSelect).map(View::name).forEach(tables::add);
        assertEquals(MariadbCatalogComparisonTest.serverTables(db, database),
                tables.stream().sorted().toList(), "tables " + when);
        assertEquals(MariadbCatalogComparisonTest.serverTables(db, database, "VIEW"),
                catalog.views().stream().filter(v -> !v.tableAsSelect()).map(View::name).sorted().toList(),
                "views " + when);
        assertEquals(serverEnumColumns(db, database),
                catalog.enums().stream().map(SqlType.Enum::name).sorted().toList(), "enum types " + when);
        for (Table table : catalog.tables()) {
            List<String> key = new ArrayList<>();
            assertEquals(MariadbCatalogComparisonTest.serverColumns(db, database, table.name(), key),
                    table.columns().stream().map(c -> MariadbCatalogComparisonTest.describe(c, table)).toList(),
                    "columns of " + table.name() + " " + when);
            assertEquals(key, table.primaryKey(), "primary key of " + table.name() + " " + when);
        }
    }

    /** {@code <table>_<column>} of every ENUM column of the database's tables, lower case and sorted. */
    private static List<String> serverEnumColumns(Connection db, String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c"
                + " JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.TABLE_SCHEMA = ? AND c.DATA_TYPE = 'enum' AND t.TABLE_TYPE <> 'VIEW'")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add((rs.getString(1) + "_" + rs.getString(2)).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names.stream().sorted().toList();
    }
}

package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import dev.quarry.core.types.TypeNames;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Applies a realistic schema to an in-memory SQLite database (sqlite-jdbc) and to the catalog
 * builder, and compares every table's columns with {@code PRAGMA table_xinfo}: names, declared
 * types, nullability, defaults, generated columns and primary keys.
 */
class SqliteCatalogComparisonTest {

    static final String SCHEMA_SQL = """
            PRAGMA foreign_keys = ON;

            CREATE TABLE authors (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name TEXT NOT NULL,
              bio TEXT,
              email VARCHAR(255) NOT NULL UNIQUE COLLATE NOCASE,
              created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
            );

            CREATE TABLE [book list] (
              isbn TEXT PRIMARY KEY,
              author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
              `Title` TEXT NOT NULL ON CONFLICT REPLACE DEFAULT '',
              price REAL CHECK (price >= 0),
              pages INT DEFAULT 0,
              cover BLOB,
              rating NUMERIC,
              published BOOLEAN NOT NULL DEFAULT 0,
              price_cents INT GENERATED ALWAYS AS (CAST(price * 100 AS INTEGER)) VIRTUAL,
              long_title INT AS (length(`Title`) > 40) STORED
            );

            CREATE TABLE tags (
              name TEXT PRIMARY KEY,
              color TEXT
            ) WITHOUT ROWID;

            CREATE TABLE book_tags (
              isbn TEXT,
              tag TEXT,
              PRIMARY KEY (isbn, tag)
            );

            CREATE TABLE events (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL,
              payload BLOB
            ) STRICT;

            CREATE TABLE counters (
              key TEXT PRIMARY KEY,
              n INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE legacy (
              id INTEGER PRIMARY KEY DESC,
              note TEXT
            );

            CREATE TABLE odd_types (
              id INTEGER PRIMARY KEY,
              anything,
              loose_key NOT NULL DEFAULT 1,
              code VARYING CHARACTER(32),
              big UNSIGNED BIG INT NOT NULL,
              native NATIVE CHARACTER(70),
              dp DOUBLE PRECISION,
              ch CHARACTER(20),
              nchar_col NCHAR(55),
              twice GENERATED ALWAYS AS (id * 2) VIRTUAL,
              CONSTRAINT odd_unique UNIQUE (code, big),
              CHECK (big >= 0)
            );

            CREATE INDEX books_author ON [book list] (author_id);
            CREATE TRIGGER authors_touch AFTER UPDATE ON authors BEGIN
              UPDATE authors SET bio = bio WHERE id = NEW.id;
            END;
            CREATE VIEW cheap_books AS SELECT isbn FROM [book list] WHERE price < 10;

            ALTER TABLE authors ADD COLUMN website TEXT;
            ALTER TABLE authors ADD COLUMN rank INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE authors ADD COLUMN extra;
            ALTER TABLE odd_types ADD loose_flag NOT NULL DEFAULT 0;
            ALTER TABLE authors RENAME COLUMN bio TO about;
            ALTER TABLE legacy DROP COLUMN note;
            ALTER TABLE legacy RENAME TO old_ids;
            CREATE TABLE doomed (x INT);
            DROP TABLE doomed;
            """;

    @Test
    void catalogMatchesTheDatabase() throws SQLException {
        Ddl ddl = Ddl.clean(Engine.SQLITE, SCHEMA_SQL);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = db.createStatement()) {
                s.executeUpdate(SCHEMA_SQL);
            }
            assertEquals(tables(db), ddl.catalog().tables().stream().map(Table::name).sorted().toList());
            for (Table table : ddl.catalog().tables()) {
                List<String> expected = new ArrayList<>();
                List<String> key = new ArrayList<>();
                describeFromDatabase(db, table.name(), expected, key);
                assertEquals(expected, table.columns().stream().map(SqliteCatalogComparisonTest::describe).toList(),
                        "columns of " + table.name());
                assertEquals(key, table.primaryKey(), "primary key of " + table.name());
            }
        }
    }

    static String describe(Column c) {
        return c.name() + " " + c.type().name() + (c.notNull() ? " NOT NULL" : "")
                + (c.hasDefault() ? " DEFAULT" : "") + (c.generated() ? " GENERATED" : "");
    }

    static List<String> tables(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * What the database says of each column. Types are resolved from the declared type SQLite
     * stored, so the check is that Quarry read the same declaration. A rowid alias is not NOT NULL
     * in the pragma but never null; SQLite shows it by keeping no separate index for the key.
     */
    static void describeFromDatabase(Connection db, String table, List<String> columns, List<String> key)
            throws SQLException {
        boolean rowidAlias = isRowidAlias(db, table);
        List<String[]> keyParts = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_xinfo(" + quote(table) + ")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                int pk = rs.getInt("pk");
                boolean alias = rowidAlias && pk == 1;
                boolean generated = rs.getInt("hidden") == 2 || rs.getInt("hidden") == 3;
                String type = TypeNames.resolve(Engine.SQLITE, rs.getString("type"), n -> Optional.empty()).name();
                columns.add(name + " " + type + (rs.getInt("notnull") == 1 || alias ? " NOT NULL" : "")
                        + (rs.getString("dflt_value") != null || alias ? " DEFAULT" : "")
                        + (generated ? " GENERATED" : ""));
                if (pk > 0) {
                    keyParts.add(new String[] {String.valueOf(pk), name});
                }
            }
        }
        keyParts.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
        keyParts.forEach(p -> key.add(p[1]));
    }

    private static boolean isRowidAlias(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT wr FROM pragma_table_list WHERE name = '" + table + "'")) {
                if (rs.next() && rs.getInt(1) == 1) {
                    return false;
                }
            }
            int keyColumns = 0;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_info('" + table + "') WHERE pk > 0")) {
                keyColumns = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_index_list('" + table + "') WHERE origin = 'pk'")) {
                return keyColumns == 1 && rs.next() && rs.getInt(1) == 0;
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}

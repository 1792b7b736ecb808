package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import dev.quarry.core.source.StatementSplitter;
import dev.quarry.core.types.SqlType;
import dev.quarry.core.types.TypeNames;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Applies a realistic MySQL schema to a fresh MariaDB database (127.0.0.1:3306) and to the catalog
 * builder, and compares every table's columns with {@code information_schema.COLUMNS}: the type
 * ({@code COLUMN_TYPE} read by Quarry's own type names, ENUM labels included), {@code IS_NULLABLE},
 * {@code COLUMN_KEY = 'PRI'}, defaults and {@code EXTRA} (auto_increment). Fails when the server is
 * down.
 */
class MariadbCatalogComparisonTest {

    static final String SCHEMA_SQL = """
            CREATE TABLE users (
              id INT UNSIGNED NOT NULL AUTO_INCREMENT,
              email VARCHAR(255) NOT NULL,
              display_name VARCHAR(100) NULL,
              is_admin TINYINT(1) NOT NULL DEFAULT 0,
              age TINYINT UNSIGNED,
              status ENUM('active', 'suspended', 'deleted') NOT NULL DEFAULT 'active',
              created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
              last_login TIMESTAMP NULL,
              profile JSON,
              PRIMARY KEY (id),
              UNIQUE KEY users_email (email)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

            CREATE TABLE `orders` (
              `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              `user_id` INT UNSIGNED NOT NULL,
              `total` DECIMAL(10, 2) NOT NULL,
              `discount` DOUBLE,
              `note` TEXT,
              `paid` BOOLEAN NOT NULL DEFAULT FALSE,
              `placed_on` DATE NOT NULL,
              `placed_at` TIME,
              `year_of_tax` YEAR,
              `channel` ENUM('web','app') NULL,
              `raw` BLOB,
              `small` SMALLINT NOT NULL DEFAULT 0,
              `medium` MEDIUMINT UNSIGNED,
              CONSTRAINT orders_user FOREIGN KEY (`user_id`) REFERENCES users (id) ON DELETE CASCADE
            ) ENGINE=InnoDB;

            CREATE TABLE order_tags (
              order_id BIGINT UNSIGNED NOT NULL,
              tag CHAR(16) NOT NULL,
              weight FLOAT,
              PRIMARY KEY (order_id, tag)
            );

            CREATE INDEX orders_placed ON orders (placed_on);
            ALTER TABLE users ADD COLUMN nickname VARCHAR(40);
            ALTER TABLE orders DROP COLUMN discount;
            CREATE TABLE doomed (x INT);
            DROP TABLE doomed;
            """;

    private static final Pattern ENUM = Pattern.compile("(?i)enum\\((.*)\\)");
    private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'");

    @Test
    void catalogMatchesTheServer() throws SQLException {
        Ddl ddl = Ddl.clean(Engine.MYSQL, SCHEMA_SQL);
        String database = "quarry_catalog_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "")) {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
                s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
            }
            try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + database, "root", "")) {
                try (Statement s = db.createStatement()) {
                    for (StatementSplitter.Piece piece : StatementSplitter.split(SCHEMA_SQL, 0, SCHEMA_SQL.length())) {
                        s.execute(piece.text());
                    }
                }
                assertEquals(serverTables(db, database), ddl.catalog().tables().stream().map(Table::name).sorted().toList());
                for (Table table : ddl.catalog().tables()) {
                    List<String> key = new ArrayList<>();
                    assertEquals(serverColumns(db, database, table.name(), key),
                            table.columns().stream().map(c -> describe(c, table)).toList(), "columns of " + table.name());
                    assertEquals(key, table.primaryKey(), "primary key of " + table.name());
                }
            } finally {
                try (Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE " + database);
                }
            }
        }
    }

    static String describe(Column c, Table table) {
        String type = c.type() instanceof SqlType.Enum e ? "enum" + e.labels() : c.type().name();
        return c.name() + " " + type + (c.notNull() ? " NOT NULL" : "") + (c.hasDefault() ? " DEFAULT" : "")
                + (table.primaryKey().contains(c.name()) ? " PRI" : "") + (c.hidden() ? " INVISIBLE" : "");
    }

    /** The database's tables (system-versioned ones too, MariaDB's), sorted. */
    static List<String> serverTables(Connection db, String database) throws SQLException {
        return serverTables(db, database, "BASE TABLE", "SYSTEM VERSIONED");
    }

    /** The names of the database's tables of these {@code TABLE_TYPE}s ({@code BASE TABLE}, {@code VIEW}), sorted. */
    static List<String> serverTables(Connection db, String database, String... tableTypes) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE IN (" + String.join(", ", java.util.Collections.nCopies(
                        tableTypes.length, "?")) + ")")) {
            ps.setString(1, database);
            for (int i = 0; i < tableTypes.length; i++) {
                ps.setString(i + 2, tableTypes[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        // sorted here, not by the server's collation, to compare with Java's order
        return names.stream().sorted().toList();
    }

    /**
     * The server's columns in Quarry's terms. MariaDB stores JSON as LONGTEXT with a
     * {@code json_valid} check, so such a column counts as json; AUTO_INCREMENT counts as a default.
     */
    static List<String> serverColumns(Connection db, String database, String table, List<String> key)
            throws SQLException {
        Set<String> jsonColumns = jsonColumns(db, database, table);
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE,"
                + " COLUMN_KEY, EXTRA, COLUMN_DEFAULT FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, database);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME");
                    String columnType = rs.getString("COLUMN_TYPE");
                    String type = jsonColumns.contains(name) ? "json" : serverType(columnType, rs.getString("DATA_TYPE"));
                    boolean autoIncrement = rs.getString("EXTRA").toLowerCase(Locale.ROOT).contains("auto_increment");
                    // MariaDB shows a column without a default as NULL; a nullable one's DEFAULT NULL too
                    String dflt = rs.getString("COLUMN_DEFAULT");
                    boolean hasDefault = autoIncrement || (dflt != null && !dflt.equals("NULL"));
                    boolean pri = rs.getString("COLUMN_KEY").equals("PRI");
                    boolean invisible = rs.getString("EXTRA").toUpperCase(Locale.ROOT).contains("INVISIBLE");
                    columns.add(name + " " + type + (rs.getString("IS_NULLABLE").equals("NO") ? " NOT NULL" : "")
                            + (hasDefault ? " DEFAULT" : "") + (pri ? " PRI" : "") + (invisible ? " INVISIBLE" : ""));
                }
            }
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, database);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // a system-versioned table's key includes its hidden row_end, which no query sees
                    String column = rs.getString(1);
                    if (columns.stream().anyMatch(c -> c.startsWith(column + " "))) {
                        key.add(column);
                    }
                }
            }
        }
        return columns;
    }

    private static String serverType(String columnType, String dataType) {
        Matcher e = ENUM.matcher(columnType);
        if (dataType.equalsIgnoreCase("enum") && e.matches()) {
            List<String> labels = new ArrayList<>();
            Matcher l = LABEL.matcher(e.group(1));
            while (l.find()) {
                labels.add(l.group(1).replace("''", "'"));
            }
            return "enum" + labels;
        }
        return TypeNames.resolve(Engine.MYSQL, columnType, n -> Optional.empty()).name();
    }

    private static Set<String> jsonColumns(Connection db, String database, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, database);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                Pattern json = Pattern.compile("json_valid\\(`([^`]+)`\\)");
                while (rs.next()) {
                    Matcher m = json.matcher(rs.getString(1));
                    if (m.matches()) {
                        columns.add(m.group(1));
                    }
                }
            }
        }
        return columns;
    }
}

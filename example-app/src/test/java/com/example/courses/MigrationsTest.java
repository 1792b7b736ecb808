package com.example.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final List<String> ALL = List.of("V1__init.sql", "V2__orders.sql", "V3__user_bio.sql");

    @Test
    void appliesEachFileOnceAcrossRestarts(@TempDir Path dir) throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (HikariDataSource dataSource = Database.open(url)) {
            assertEquals(new Migrations.Result(ALL, List.of()), new Migrations(dataSource).migrate());
            assertEquals(new Migrations.Result(List.of(), ALL), new Migrations(dataSource).migrate());
        }
        // a restart: a new pool over the same file
        try (HikariDataSource dataSource = Database.open(url)) {
            assertEquals(new Migrations.Result(List.of(), ALL), new Migrations(dataSource).migrate());
            assertEquals(List.of("id", "email", "name", "created_at", "bio"), columns(dataSource, "users"));
        }
    }

    @Test
    void ordersFilesByVersion() {
        assertEquals(ALL, Migrations.files());
    }

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- a comment; not a statement
                CREATE TABLE t (a TEXT DEFAULT 'x;y', "odd;name" INTEGER); /* also; not */
                INSERT INTO t (a) VALUES ('it''s; fine');
                ;
                SELECT 1""";
        assertEquals(List.of(
                "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" INTEGER)",
                "INSERT INTO t (a) VALUES ('it''s; fine')",
                "SELECT 1"), SqlScript.statements(script));
    }

    private static List<String> columns(HikariDataSource dataSource, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }
}

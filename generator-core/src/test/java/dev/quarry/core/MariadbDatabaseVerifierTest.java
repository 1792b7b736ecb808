package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.ir.ProjectIr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} against MariaDB at 127.0.0.1:3306 (fails when it is unreachable): the columns of
 * plain queries agree with what the server describes, and a column the database changed is reported.
 */
class MariadbDatabaseVerifierTest {
    private static final String DATABASE = "quarry_verify_" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @Test
    void returningQueriesWhichMariadbDoesNotDescribeAreNotMismatches() throws Exception {
        String schema = "CREATE TABLE notes (id int unsigned PRIMARY KEY AUTO_INCREMENT, body text NOT NULL)";
        Files.writeString(dir.resolve("schema.sql"), schema + ";\n");
        Files.writeString(dir.resolve("notes.sql"), """
                -- name: AddNote :one
                INSERT INTO notes (body) VALUES (?) RETURNING id, body;

                -- name: DeleteNote :one
                DELETE FROM notes WHERE id = ? RETURNING body;

                -- name: GetNote :one
                SELECT id, body FROM notes WHERE id = ?;
                """);
        QuarryConfig config = new QuarryConfig(dir, Engine.MARIADB, List.of(dir.resolve("schema.sql")),
                List.of(dir.resolve("notes.sql")), "com.example.db", dir.resolve("out"));
        ProjectIr ir = Quarry.analyze(config).ir().orElseThrow();
        String url = "jdbc:mariadb://127.0.0.1:3306/";
        try (Connection admin = JdbcConnections.open(url + "test", "root", "", getClass().getClassLoader());
                Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
            st.execute("CREATE DATABASE " + DATABASE);
            try (Connection db = JdbcConnections.open(url + DATABASE, "root", "", getClass().getClassLoader());
                    Statement ddl = db.createStatement()) {
                ddl.execute(schema);
                DatabaseVerifier.Result result = DatabaseVerifier.verify(ir, db);
                assertEquals(List.of(), result.mismatches().stream().map(DatabaseVerifier.Mismatch::render).toList());
                assertEquals(3, result.queryCount());
            } finally {
                st.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }

    @Test
    void agreesOnColumnsAndReportsADriftedColumn() throws Exception {
        String schema = "CREATE TABLE users (id bigint PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, "
                + "bio text, created_at datetime NOT NULL)";
        Files.writeString(dir.resolve("schema.sql"), schema + ";\n");
        Files.writeString(dir.resolve("users.sql"), """
                -- name: FindUser :one
                SELECT id, name, bio, created_at FROM users WHERE id = ?;

                -- name: ListNames :many
                SELECT name FROM users ORDER BY name;
                """);
        QuarryConfig config = new QuarryConfig(dir, Engine.MYSQL, List.of(dir.resolve("schema.sql")),
                List.of(dir.resolve("users.sql")), "com.example.db", dir.resolve("out"));
        ProjectIr ir = Quarry.analyze(config).ir().orElseThrow();
        String url = "jdbc:mariadb://127.0.0.1:3306/";
        try (Connection admin = JdbcConnections.open(url + "test", "root", "", getClass().getClassLoader());
                Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
            st.execute("CREATE DATABASE " + DATABASE);
            try (Connection db = JdbcConnections.open(url + DATABASE, "root", "", getClass().getClassLoader());
                    Statement ddl = db.createStatement()) {
                ddl.execute(schema);
                assertEquals(List.of(), DatabaseVerifier.verify(ir, db).mismatches().stream()
                        .map(DatabaseVerifier.Mismatch::render).toList());
                ddl.execute("ALTER TABLE users MODIFY bio int");
                assertEquals(List.of("users.sql:1: error: query FindUser: column 3 (bio) is int4 in the database, "
                        + "Quarry infers text"), DatabaseVerifier.verify(ir, db).mismatches().stream()
                        .map(DatabaseVerifier.Mismatch::render).toList());
            } finally {
                st.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }
}

package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.core.config.Engine;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.ir.ProjectIr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies queries against the PostgreSQL server at 127.0.0.1:5432 (fails when it is
 * unreachable); each test applies its database schema to a fresh schema of its own first.
 */
class DatabaseVerifierTest {
    private static final String SCHEMA = "quarry_verifier_test" + "_" + ProcessHandle.current().pid();
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;

    @TempDir
    Path dir;

    private static final String QUARRY_SCHEMA = """
            CREATE TYPE mood AS ENUM ('ok', 'sad');
            CREATE TABLE users (id bigserial PRIMARY KEY, name text NOT NULL, tags text[], mood mood);
            """;
    private static final String QUERIES = """
            -- name: FindUser :one
            SELECT id, name, tags, mood FROM users WHERE id = $1;

            -- name: CountByMood :one
            SELECT count(*) AS n FROM users WHERE mood = @mood AND name LIKE @pattern;

            -- name: Rename :execrows
            UPDATE users SET name = @name WHERE id = @id;
            """;

    private ProjectIr analyze() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), QUARRY_SCHEMA);
        Files.writeString(dir.resolve("users.sql"), QUERIES);
        QuarryConfig config = new QuarryConfig(dir, Engine.POSTGRESQL, List.of(dir.resolve("schema.sql")),
                List.of(dir.resolve("users.sql")), "com.example.db", dir.resolve("out"));
        return Quarry.analyze(config).ir().orElseThrow();
    }

    private static Connection connect() throws SQLException {
        return JdbcConnections.open(URL, "postgres", null, DatabaseVerifierTest.class.getClassLoader());
    }

    private static void databaseHas(String ddl) throws SQLException {
        try (Connection connection = connect(); Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
            st.execute("SET search_path TO " + SCHEMA);
            st.execute(ddl);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = connect(); Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private DatabaseVerifier.Result verify() throws Exception {
        ProjectIr ir = analyze();
        try (Connection connection = connect()) {
            return DatabaseVerifier.verify(ir, connection);
        }
    }

    @Test
    void agreesWithTheServerOnTheSameSchema() throws Exception {
        databaseHas(QUARRY_SCHEMA);
        DatabaseVerifier.Result result = verify();
        assertEquals(List.of(), result.mismatches());
        assertEquals(3, result.queryCount());
    }

    @Test
    void reportsEveryDisagreementAtTheQuerysLine() throws Exception {
        // the database drifted from the schema files: other types, a column gone
        databaseHas("""
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE TABLE users (id int PRIMARY KEY, name varchar(20) NOT NULL, tags int[]);
                """);
        List<String> rendered = verify().mismatches().stream().map(DatabaseVerifier.Mismatch::render).toList();
        assertEquals(List.of(
                "users.sql:1: error: query FindUser: the database cannot prepare it: ERROR: column \"mood\" does not exist",
                "users.sql:4: error: query CountByMood: the database cannot prepare it: ERROR: column \"mood\" does not exist",
                "users.sql:7: error: query Rename: parameter name (placeholder 1) is varchar in the database, Quarry infers text",
                "users.sql:7: error: query Rename: parameter id (placeholder 2) is int4 in the database, Quarry infers int8"),
                rendered);
    }

    @Test
    void reportsColumnTypesInQuarrysSpelling() throws Exception {
        databaseHas("""
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE TABLE users (id bigserial PRIMARY KEY, name varchar(20) NOT NULL, tags int[], mood mood);
                """);
        List<String> rendered = verify().mismatches().stream().map(DatabaseVerifier.Mismatch::render).toList();
        assertEquals(List.of(
                "users.sql:1: error: query FindUser: column 2 (name) is varchar in the database, Quarry infers text",
                "users.sql:1: error: query FindUser: column 3 (tags) is int4[] in the database, Quarry infers text[]",
                "users.sql:7: error: query Rename: parameter name (placeholder 1) is varchar in the database, Quarry infers text"),
                rendered);
    }

    @Test
    void noDriverIsAnErrorThatHidesTheQueryString() {
        SQLException e = assertThrows(SQLException.class,
                () -> JdbcConnections.open("jdbc:nosuch://h/db?password=secret", null, null, getClass().getClassLoader()));
        assertEquals("no JDBC driver for jdbc:nosuch://h/db?... is on the class path", e.getMessage());
    }
}

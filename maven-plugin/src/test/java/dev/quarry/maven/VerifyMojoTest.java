package dev.quarry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against the PostgreSQL server at 127.0.0.1:5432; the schema is applied to a fresh schema first. */
class VerifyMojoTest {
    private static final String SCHEMA = "quarry_verify_mojo_test" + "_" + ProcessHandle.current().pid();
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path basedir;

    private final GenerateMojoTest.RecordingLog log = new GenerateMojoTest.RecordingLog();

    @BeforeEach
    void databaseHasTheSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
            st.execute("CREATE TABLE " + SCHEMA + ".users (id bigint PRIMARY KEY, name varchar(40))");
        }
        Files.writeString(basedir.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name varchar(40));\n");
        Files.writeString(basedir.resolve("quarry.yaml"), "version: 1\nengine: postgresql\n"
                + "schema: [schema.sql]\nqueries: [queries.sql]\njava:\n  package: com.example.db\n  out: generated\n");
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private VerifyMojo verify(String url) {
        VerifyMojo mojo = new VerifyMojo();
        mojo.project = new MavenProject();
        mojo.configFile = basedir.resolve("quarry.yaml").toFile();
        mojo.url = url;
        mojo.user = "postgres";
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void agreeingQueriesPass() throws Exception {
        Files.writeString(basedir.resolve("queries.sql"), "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");

        verify(SERVER + "?currentSchema=" + SCHEMA).execute();

        assertEquals(List.of("Quarry: 1 queries agree with the database"), log.infos);
    }

    @Test
    void disagreementsAreErrorsAtTheQuerysFileAndLine() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE " + SCHEMA + ".users ALTER COLUMN name TYPE text");
        }
        Files.writeString(basedir.resolve("queries.sql"),
                "-- name: CountUsers :one\nSELECT count(*) FROM users;\n\n-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");

        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> verify(SERVER + "?currentSchema=" + SCHEMA).execute());

        assertEquals("Quarry: the database disagrees with the analysis in 1 place (2 queries); see the messages above",
                failure.getMessage());
        assertEquals(List.of(basedir.resolve("queries.sql")
                + ":4: query FindUser: column 2 (name) is text in the database, Quarry infers varchar"), log.errors);
    }

    @Test
    void anUnreachableDatabaseIsAnExecutionError() throws Exception {
        Files.writeString(basedir.resolve("queries.sql"), "-- name: CountUsers :one\nSELECT count(*) FROM users;\n");
        assertThrows(MojoExecutionException.class, () -> verify("jdbc:nosuch://localhost/db").execute());
    }
}

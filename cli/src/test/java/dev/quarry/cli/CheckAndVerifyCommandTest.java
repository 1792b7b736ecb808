package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quarry check} and {@code quarry verify}; verify runs against PostgreSQL at 127.0.0.1:5432. */
class CheckAndVerifyCommandTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "quarry_cli_verify_test" + "_" + ProcessHandle.current().pid();

    @TempDir
    Path project;

    record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        CommandLine commandLine = QuarryCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    private String config() {
        return project.resolve("quarry.yaml").toString();
    }

    private void writeProject(String query) throws IOException {
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
        Files.writeString(project.resolve("queries.sql"), query);
        Files.writeString(project.resolve("quarry.yaml"), """
                version: 1
                engine: postgresql
                schema: [schema.sql]
                queries: [queries.sql]
                java:
                  package: com.example.db
                  out: generated
                """);
    }

    @Test
    void checkPassesAfterGenerateAndFailsWhenStale() throws IOException {
        writeProject("-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        assertEquals(0, run("generate", "-c", config()).exitCode());

        Run upToDate = run("check", "-c", config());
        assertEquals(0, upToDate.exitCode(), upToDate.err());
        assertTrue(upToDate.err().matches("quarry: generated is up to date \\(3 files, 1 queries\\) in \\d+ ms\\n"), upToDate.err());

        writeProject("-- name: FindUser :one\nSELECT name FROM users WHERE id = $1;\n");
        Run stale = run("check", "-c", config());
        assertEquals(1, stale.exitCode());
        assertTrue(stale.err().contains("  changed: com/example/db/QueriesQueries.java\n"), stale.err());
        assertTrue(stale.err().contains("-            + \"SELECT id, name FROM users WHERE id = ?\";\n"
                + "+            + \"SELECT name FROM users WHERE id = ?\";\n"), stale.err());
        assertTrue(stale.err().contains("run 'quarry generate -c " + config() + "' and commit the result\n"), stale.err());
        assertTrue(stale.err().matches("(?s).*\\nquarry: 1 file out of date \\(3 generated, 1 queries\\) in \\d+ ms\\n"), stale.err());
    }

    @Test
    void checkWithInputErrorsExitsWith1() throws IOException {
        writeProject("-- name: FindUser :one\nSELECT nope FROM users;\n");
        Run run = run("check", "-c", config());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("queries.sql:2:8: error: column \"nope\" does not exist"), run.err());
        assertTrue(run.err().endsWith("quarry: 1 error; nothing checked\n"), run.err());
    }

    @Test
    void verifyComparesWithTheDatabase() throws Exception {
        writeProject("-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        databaseHas("CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL)");
        try {
            String url = SERVER + "?currentSchema=" + SCHEMA;
            Run agrees = run("verify", "-c", config(), "--url", url, "--user", "postgres");
            assertEquals(0, agrees.exitCode(), agrees.err());
            assertTrue(agrees.err().matches("quarry: 1 queries verified, 0 disagreements in \\d+ ms\\n"), agrees.err());

            databaseHas("CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL)");
            Run disagrees = run("verify", "-c", config(), "--url", url, "--user", "postgres");
            assertEquals(1, disagrees.exitCode());
            assertTrue(disagrees.err().startsWith("queries.sql:1: error: query FindUser: parameter id (placeholder 1) is int4 "
                    + "in the database, Quarry infers int8\n"
                    + "queries.sql:1: error: query FindUser: column 1 (id) is int4 in the database, Quarry infers int8\n"
                    + "quarry: 1 queries verified, 2 disagreements in "), disagrees.err());
        } finally {
            try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    @Test
    void verifyNeedsAUrlAndAReachableDatabase() throws IOException {
        writeProject("-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        Run noUrl = run("verify", "-c", config());
        assertEquals(2, noUrl.exitCode());
        assertTrue(noUrl.err().contains("Missing required option: '--url=JDBC_URL'"), noUrl.err());

        Run unreachable = run("verify", "-c", config(), "--url", "jdbc:postgresql://127.0.0.1:1/none?password=secret");
        assertEquals(1, unreachable.exitCode());
        assertTrue(unreachable.err().startsWith("quarry: error: cannot verify against the database: "), unreachable.err());
        assertTrue(!unreachable.err().contains("secret"), unreachable.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"generate", "check", "verify", "analyze"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().startsWith("Usage: quarry " + command), help.out());
        }
        assertTrue(run("--help").out().contains("check") && run("--help").out().contains("verify"));
    }

    private static void databaseHas(String ddl) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
            st.execute("SET search_path TO " + SCHEMA);
            st.execute(ddl);
        }
    }
}

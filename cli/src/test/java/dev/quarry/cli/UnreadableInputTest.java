package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A schema, query or config file that exists but cannot be read is an input error at its path
 * ({@code path: error: ...}, with {@code line:col} of the first byte that is not UTF-8), exit code 1,
 * nothing written.
 */
class UnreadableInputTest {

    @TempDir
    Path project;

    record Run(int exitCode, String err) {}

    private Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = QuarryCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), err.toString());
    }

    private Run generate() {
        return run("generate", "-c", project.resolve("quarry.yaml").toString());
    }

    @BeforeEach
    void writeProject() throws IOException {
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
        Files.createDirectories(project.resolve("sql"));
        Files.writeString(project.resolve("sql/users.sql"), "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        Files.writeString(project.resolve("quarry.yaml"), """
                version: 1
                engine: postgresql
                schema: [schema.sql]
                queries: [sql]
                java:
                  package: com.example.db
                  out: generated
                """);
    }

    /** Latin-1 text where UTF-8 is expected: {@code é} as the single byte 0xE9. */
    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void invalidUtf8InAQueryFileIsReportedAtTheFirstBadByte() throws IOException {
        Files.write(project.resolve("sql/users.sql"),
                latin1("-- name: FindUser :one\nSELECT id, name FROM users WHERE name = 'José';\n"));

        Run run = generate();

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("""
                sql/users.sql:2:45: error: not UTF-8 text: invalid byte 0xE9
                  SELECT id, name FROM users WHERE name = 'Jos\uFFFD';
                                                              ^
                  hint: Quarry reads schema and query files as UTF-8; save this file in that encoding
                quarry: 1 error; nothing written
                """, run.err());
        assertFalse(Files.exists(project.resolve("generated")));
    }

    @Test
    void everyUnreadableFileIsReportedAndNothingIsAnalyzed() throws IOException {
        Files.write(project.resolve("schema.sql"), latin1("-- café\nCREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n"));
        Files.write(project.resolve("sql/more.sql"), latin1("-- name: CountUsers :one\n-- ½\nSELECT count(*) FROM users;\n"));

        Run run = generate();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("schema.sql:1:7: error: not UTF-8 text: invalid byte 0xE9\n"), run.err());
        assertTrue(run.err().contains("\nsql/more.sql:2:4: error: not UTF-8 text: invalid byte 0xBD\n"), run.err());
        // the queries of the readable file are not analyzed against a schema that could not be read
        assertFalse(run.err().contains("does not exist"), run.err());
        assertTrue(run.err().endsWith("quarry: 2 errors; nothing written\n"), run.err());
    }

    @Test
    void aFileNamedAsSchemaAndAsQueriesIsReportedOnce() throws IOException {
        Files.write(project.resolve("sql/users.sql"), latin1("-- name: FindUser :one\n-- café\nSELECT 1;\n"));
        Files.writeString(project.resolve("quarry.yaml"), """
                version: 1
                engine: postgresql
                schema: [schema.sql, sql/users.sql]
                queries: [sql]
                java:
                  package: com.example.db
                  out: generated
                """);

        Run run = generate();

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().split("sql/users.sql:2:7: error", -1).length - 1, run.err());
        assertTrue(run.err().endsWith("quarry: 1 error; nothing written\n"), run.err());
    }

    @Test
    void aFolderGivenAsTheConfigFile() throws IOException {
        Files.createDirectories(project.resolve("conf.yaml"));

        Run run = run("generate", "-c", project.resolve("conf.yaml").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("conf.yaml: error: cannot read file: it is a folder\n  hint: name a file here\n", run.err());
    }

    @Test
    void invalidUtf8InTheConfigFile() throws IOException {
        Files.write(project.resolve("quarry.yaml"), latin1("version: 1\n# Zürich\nengine: postgresql\n"));

        Run run = generate();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("quarry.yaml:2:4: error: not UTF-8 text: invalid byte 0xFC\n  # Z\uFFFDrich\n     ^\n"),
                run.err());
    }

    @Test
    void aPipeWhereAQueryFileIsExpected() throws Exception {
        Path fifo = project.resolve("pipe.sql");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a pipe here");
        Files.writeString(project.resolve("quarry.yaml"),
                Files.readString(project.resolve("quarry.yaml")).replace("queries: [sql]", "queries: [sql, pipe.sql]"));

        Run run = generate();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("pipe.sql: error: cannot read file: it is not a regular file\n"), run.err());
    }

    @Test
    void aQueryFileWithoutReadPermission() throws IOException {
        Path file = project.resolve("sql/users.sql");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(file), "running as root (or with CAP_DAC_OVERRIDE), every file is readable, so"
                + " a missing read permission cannot be tested");

        Run run = generate();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("sql/users.sql: error: cannot read file: permission denied\n"), run.err());
    }

    @Test
    void checkAndAnalyzeReportTheSame() throws IOException {
        Files.write(project.resolve("sql/users.sql"), latin1("-- name: FindUser :one\n-- ¿\nSELECT 1;\n"));

        for (String command : new String[] {"check", "analyze"}) {
            Run run = run(command, "-c", project.resolve("quarry.yaml").toString());
            assertEquals(1, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().startsWith("sql/users.sql:2:4: error: not UTF-8 text: invalid byte 0xBF\n"),
                    command + ": " + run.err());
        }
    }
}

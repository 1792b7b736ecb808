package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code quarry generate} skips all work when the inputs, the configuration, the generator and the
 * generated files are as its last successful run left them, as the Maven plugin does.
 */
class GenerateSkipTest {
    private static final String SKIPPED =
            "quarry: inputs unchanged since the last generation, nothing to do \\(--force to regenerate\\) in \\d+ ms\n";

    @TempDir
    Path project;

    private Path queries;

    record Run(int exitCode, String err) {}

    private Run generate(String... options) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = QuarryCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = new String[options.length + 3];
        args[0] = "generate";
        args[1] = "-c";
        args[2] = project.resolve("quarry.yaml").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return new Run(commandLine.execute(args), err.toString());
    }

    @BeforeEach
    void firstGeneration() throws IOException {
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
        Files.writeString(project.resolve("queries.sql"), "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        Files.writeString(project.resolve("quarry.yaml"), """
                version: 1
                engine: postgresql
                schema: [schema.sql]
                queries: [queries.sql]
                java:
                  package: com.example.db
                  out: generated
                """);
        queries = project.resolve("generated/com/example/db/QueriesQueries.java");
        Run first = generate();
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().startsWith("quarry: 3 written, 0 unchanged, 0 removed (1 queries)"), first.err());
    }

    @Test
    void aSecondRunSkipsAndSaysSo() throws IOException {
        FileTime written = Files.getLastModifiedTime(queries);

        Run second = generate();

        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().matches(SKIPPED), second.err());
        assertEquals(written, Files.getLastModifiedTime(queries));
        assertEquals("# Created by Quarry: the CLI's record of its last generation.\n*\n",
                Files.readString(project.resolve(".quarry/.gitignore")), "the record never shows up in git status");
    }

    @Test
    void aChangedQueryFileRegenerates() throws IOException {
        Files.writeString(project.resolve("queries.sql"),
                "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n\n-- name: CountUsers :one\nSELECT count(*) FROM users;\n");

        Run second = generate();

        assertTrue(second.err().startsWith("quarry: 1 written, 2 unchanged, 0 removed (2 queries)"), second.err());
        assertTrue(Files.readString(queries).contains("countUsers()"));
        assertTrue(generate().err().matches(SKIPPED), "and then it is current again");
    }

    @Test
    void aChangedConfigRegenerates() throws IOException {
        Files.writeString(project.resolve("quarry.yaml"),
                Files.readString(project.resolve("quarry.yaml")).replace("com.example.db", "com.example.store"));

        Run second = generate();

        assertTrue(second.err().startsWith("quarry: 3 written, 0 unchanged, 3 removed"), second.err());
    }

    @Test
    void aDeletedGeneratedFileIsRegenerated() throws IOException {
        String original = Files.readString(queries);
        Files.delete(queries);

        Run second = generate();

        assertTrue(second.err().startsWith("quarry: 1 written, 2 unchanged, 0 removed"), second.err());
        assertEquals(original, Files.readString(queries));
    }

    @Test
    void anEditedGeneratedFileIsRegenerated() throws IOException {
        String original = Files.readString(queries);
        Files.writeString(queries, "// edited by hand\n" + original);

        Run second = generate();

        assertTrue(second.err().startsWith("quarry: 1 written, 2 unchanged, 0 removed"), second.err());
        assertEquals(original, Files.readString(queries));
    }

    @Test
    void forceRegeneratesAnyway() {
        Run forced = generate("--force");

        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.err().startsWith("quarry: 0 written, 3 unchanged, 0 removed (1 queries)"), forced.err());
        assertTrue(generate().err().matches(SKIPPED), "a forced run records itself too");
    }

    @Test
    void aRunWithErrorsDoesNotCountAsTheLastGeneration() throws IOException {
        String good = Files.readString(project.resolve("queries.sql"));
        Files.writeString(project.resolve("queries.sql"), "-- name: FindUser :one\nSELECT nme FROM users;\n");
        assertEquals(1, generate().exitCode());

        Files.writeString(project.resolve("queries.sql"), good);

        // the inputs are those of the first run again, and so is the output folder
        assertTrue(generate().err().matches(SKIPPED), "skipped");
    }
}

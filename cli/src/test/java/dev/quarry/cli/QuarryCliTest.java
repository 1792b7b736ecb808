package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class QuarryCliTest {

    @TempDir
    Path project;

    record Run(int exitCode, String out, String err) {}

    private static Run run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(QuarryCli.commandLine(), args);
    }

    private String config() {
        return project.resolve("quarry.yaml").toString();
    }

    /** A tiny valid project: one table, one query. */
    private void writeProject(String configText) throws IOException {
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
        Files.writeString(project.resolve("queries.sql"), "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        Files.writeString(project.resolve("quarry.yaml"), configText);
    }

    private void writeValidProject() throws IOException {
        writeProject("""
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
    void unknownConfigKeyIsReportedAtItsPositionWithExitCode1() throws IOException {
        writeProject("""
                version: 1
                engine: postgresql
                colour: blue
                schema: [schema.sql]
                queries: [queries.sql]
                java:
                  package: com.example.db
                  out: generated
                """);

        Run run = run("generate", "-c", config());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("quarry.yaml:3:1: error: unknown config key \"colour\""), run.err());
        assertTrue(run.err().contains("  colour: blue\n  ^"), "source line and caret: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(project.resolve("generated")));
    }

    @Test
    void analyzeReportsConfigErrorsToo() throws IOException {
        writeProject("version: 1\nengine: oracle\n");

        Run run = run("analyze", "--json", "-c", config());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("quarry.yaml:2:9: error: unsupported engine \"oracle\""), run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingConfigFileIsAnInputError() {
        Run run = run("generate", "-c", project.resolve("nope.yaml").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: cannot read config file"), run.err());
    }

    @Test
    void helpExitsWith0Everywhere() {
        Run top = run("--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("generate") && top.out().contains("analyze"), top.out());

        Run generate = run("generate", "--help");
        assertEquals(0, generate.exitCode());
        assertTrue(generate.out().contains("--config"), generate.out());

        assertEquals(0, run("analyze", "--help").exitCode());
    }

    @Test
    void versionExitsWith0Everywhere() {
        Run top = run("--version");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().startsWith("quarry "), top.out());
        assertFalse(top.out().contains("${"), "the version resource is filtered: " + top.out());

        assertEquals(top.out(), run("generate", "--version").out());
        assertEquals(top.out(), run("analyze", "-V").out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("generate", "--frobnicate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void unknownCommandAndMissingCommandAreUsageErrors() {
        assertEquals(2, run("regenerate").exitCode());
        Run none = run();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("Missing required subcommand"), none.err());
    }

    @Test
    void analyzeJsonPrintsJsonThatParses() throws IOException {
        writeValidProject();

        Run run = run("analyze", "--json", "-c", config());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("postgresql", json.get("engine").asText());
        assertEquals("com.example.db", json.get("package").asText());
        assertTrue(json.get("queries").isArray());
        assertTrue(json.get("tables").isArray());
        assertTrue(json.get("enums").isArray());
        JsonNode query = json.get("queries").get(0);
        assertEquals("FindUser", query.get("name").asText());
        assertEquals(":one", query.get("kind").asText());
        assertEquals("queries.sql", query.get("file").asText());
        assertEquals(1, query.get("line").asInt());
        JsonNode param = query.get("params").get(0);
        assertEquals("id", param.get("name").asText());
        assertEquals("int8", param.get("sqlType").asText());
        assertEquals("long", param.get("javaType").asText());
        assertFalse(param.get("nullable").asBoolean());
        JsonNode name = query.get("columns").get(1);
        assertEquals("name", name.get("name").asText());
        assertEquals("text", name.get("sqlType").asText());
        assertEquals("java.lang.String", name.get("javaType").asText());
        assertFalse(name.get("nullable").asBoolean());
    }

    @Test
    void analyzeWithoutJsonPrintsASummary() throws IOException {
        writeValidProject();

        Run run = run("analyze", "-c", config());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*\\d+ queries, \\d+ tables, \\d+ enums\n"), run.out());
    }

    @Test
    void generateOnAValidProjectPrintsTheSummary() throws IOException {
        writeValidProject();

        Run run = run("generate", "-c", config());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("quarry: \\d+ written, \\d+ unchanged, \\d+ removed \\(\\d+ queries\\) in \\d+ ms\n"),
                run.err());
        assertTrue(Files.isRegularFile(project.resolve("generated/.quarry-manifest")));
        assertTrue(run.err().startsWith("quarry: 3 written, 0 unchanged, 0 removed (1 queries)"), run.err());
        String queries = Files.readString(project.resolve("generated/com/example/db/QueriesQueries.java"));
        assertTrue(queries.contains("public Optional<User> findUser(long id)"), queries);

        Run forced = run("generate", "--force", "-c", config());
        assertTrue(forced.err().startsWith("quarry: 0 written, 3 unchanged, 0 removed (1 queries)"), forced.err());
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorWithoutStackTrace() {
        CommandLine commandLine = QuarryCli.commandLine();
        commandLine.addSubcommand("boom", new Boom());

        Run run = run(commandLine, "boom");

        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith("quarry: internal error: IllegalStateException: a bug\n"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}

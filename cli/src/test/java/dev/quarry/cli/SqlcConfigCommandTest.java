package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quarry generate -c sqlc.yaml} with --package, --out and --entry. */
class SqlcConfigCommandTest {

    @TempDir
    Path project;

    record Run(int exitCode, String err) {}

    private static Run run(String... args) {
        CommandLine commandLine = QuarryCli.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), err.toString());
    }

    @BeforeEach
    void writeSqlcProject() throws IOException {
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
        Files.writeString(project.resolve("query.sql"), "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
    }

    @Test
    void generatesFromASqlcYamlWithPackageAndOutOnTheCommandLine() throws IOException {
        Files.writeString(project.resolve("sqlc.yaml"), """
                version: "2"
                sql:
                  - engine: postgresql
                    schema: schema.sql
                    queries: query.sql
                    gen:
                      go: {package: db, out: db, emit_interface: true}
                """);
        Path out = project.resolve("java-out");

        Run run = run("generate", "-c", project.resolve("sqlc.yaml").toString(), "--package", "com.example.users",
                "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("quarry: 3 written, 0 unchanged, 0 removed (1 queries)"), run.err());
        String queries = Files.readString(out.resolve("com/example/users/QueryQueries.java"));
        assertTrue(queries.contains("public Optional<User> findUser(long id)"), queries);
    }

    @Test
    void generatesEveryEntryWithItsOwnJavaBlock() throws IOException {
        Files.writeString(project.resolve("sqlc.yml"), """
                version: "2"
                sql:
                  - name: pg
                    engine: postgresql
                    schema: schema.sql
                    queries: query.sql
                    java: {package: com.example.pg, out: gen/pg}
                  - name: lite
                    engine: sqlite
                    schema: schema.sql
                    queries: query.sql
                    java: {package: com.example.lite, out: gen/lite}
                """);

        Run run = run("generate", "-c", project.resolve("sqlc.yml").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("quarry: com.example.pg: 3 written"), run.err());
        assertTrue(run.err().contains("quarry: com.example.lite: 3 written"), run.err());
        assertTrue(Files.isRegularFile(project.resolve("gen/lite/com/example/lite/User.java")));
        Run again = run("generate", "-c", project.resolve("sqlc.yml").toString());
        assertTrue(again.err().contains("quarry: com.example.pg: inputs unchanged since the last generation"), again.err());
        assertTrue(again.err().contains("quarry: com.example.lite: inputs unchanged since the last generation"), again.err());

        Run one = run("generate", "-c", project.resolve("sqlc.yml").toString(), "--entry", "lite", "--out",
                project.resolve("only-lite").toString());
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(Files.isRegularFile(project.resolve("only-lite/com/example/lite/User.java")));
        assertFalse(Files.exists(project.resolve("only-lite/com/example/pg")));
    }

    @Test
    void checkChecksEveryEntryWithItsOwnJavaBlock() throws IOException {
        Files.writeString(project.resolve("sqlc.yml"), """
                version: "2"
                sql:
                  - name: pg
                    engine: postgresql
                    schema: schema.sql
                    queries: query.sql
                    java: {package: com.example.pg, out: gen/pg}
                  - name: lite
                    engine: sqlite
                    schema: schema.sql
                    queries: query.sql
                    java: {package: com.example.lite, out: gen/lite}
                """);
        String config = project.resolve("sqlc.yml").toString();
        assertEquals(0, run("generate", "-c", config).exitCode());

        Run upToDate = run("check", "-c", config);
        assertEquals(0, upToDate.exitCode(), upToDate.err());
        assertTrue(upToDate.err().contains("quarry: com.example.pg: gen/pg is up to date"), upToDate.err());
        assertTrue(upToDate.err().contains("quarry: com.example.lite: gen/lite is up to date"), upToDate.err());

        // one entry's folder edited by hand: that entry is out of date, the other still up to date
        Path user = project.resolve("gen/lite/com/example/lite/User.java");
        Files.writeString(user, Files.readString(user).replace("String name", "CharSequence name"));
        Run drifted = run("check", "-c", config);
        assertEquals(1, drifted.exitCode(), drifted.err());
        assertTrue(drifted.err().contains("quarry: com.example.pg: gen/pg is up to date"), drifted.err());
        assertTrue(drifted.err().contains("quarry: com.example.lite: 1 file out of date"), drifted.err());
        assertTrue(drifted.err().contains("User.java"), drifted.err());
    }

    @Test
    void sqlcRenamesNameTheRecordsAndAJavaBlockRenameWins() throws IOException {
        Files.writeString(project.resolve("sqlc.yaml"), """
                version: "1"
                rename:
                  user: Member
                  name: FullName
                packages:
                  - name: db
                    path: db
                    schema: schema.sql
                    queries: query.sql
                java:
                  package: com.example.db
                  out: gen
                  rename: {user: Account}
                """);

        Run run = run("generate", "-c", project.resolve("sqlc.yaml").toString());

        assertEquals(0, run.exitCode(), run.err());
        Path account = project.resolve("gen/com/example/db/Account.java");
        assertTrue(Files.readString(account).contains("public record Account(long id, String fullName)"),
                Files.readString(account));
        assertFalse(Files.exists(project.resolve("gen/com/example/db/Member.java")));
        assertTrue(Files.readString(project.resolve("gen/com/example/db/QueryQueries.java"))
                .contains("public Optional<Account> findUser(long id)"));
    }

    @Test
    void aBadSqlcJsonIsReportedWithFileLineAndColumn() throws IOException {
        Files.writeString(project.resolve("sqlc.json"), """
                {
                  "version": "1",
                  "packages": [
                    {"name": "db", "path": "db", "schema": "schema.sql", "queries": "missing.sql", "engine": "postgresql"}
                  ]
                }
                """);

        Run run = run("generate", "-c", project.resolve("sqlc.json").toString(), "--package", "com.example.db",
                "--out", project.resolve("gen").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("sqlc.json:4:69: error: \"missing.sql\" does not exist"), run.err());
        assertFalse(Files.exists(project.resolve("gen")));
    }

    @Test
    void withoutJavaSettingsTheErrorNamesTheOptions() throws IOException {
        Files.writeString(project.resolve("sqlc.yaml"), """
                version: "2"
                sql:
                  - engine: postgresql
                    schema: schema.sql
                    queries: query.sql
                """);

        Run run = run("check", "-c", project.resolve("sqlc.yaml").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("sqlc.yaml:3:5: error: this sqlc entry has no Java package and no output folder"),
                run.err());
        assertTrue(run.err().contains("--package/--out"), run.err());
    }
}

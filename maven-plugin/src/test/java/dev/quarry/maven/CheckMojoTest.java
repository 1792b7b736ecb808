package dev.quarry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {

    @TempDir
    Path basedir;

    private final GenerateMojoTest.RecordingLog log = new GenerateMojoTest.RecordingLog();
    private final MavenProject project = new MavenProject();

    private void writeProject(String query) throws Exception {
        Files.writeString(basedir.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n");
        Files.writeString(basedir.resolve("queries.sql"), query);
        Files.writeString(basedir.resolve("quarry.yaml"), "version: 1\nengine: postgresql\n"
                + "schema: [schema.sql]\nqueries: [queries.sql]\njava:\n  package: com.example.db\n  out: src/main/generated\n");
    }

    private CheckMojo check() {
        CheckMojo mojo = new CheckMojo();
        mojo.project = project;
        project.setFile(basedir.resolve("pom.xml").toFile());
        mojo.configFile = basedir.resolve("quarry.yaml").toFile();
        mojo.setLog(log);
        return mojo;
    }

    private void generate() throws Exception {
        GenerateMojo generate = new GenerateMojo();
        generate.project = new MavenProject();
        generate.configFile = basedir.resolve("quarry.yaml").toFile();
        generate.setLog(new GenerateMojoTest.RecordingLog());
        generate.execute();
    }

    @Test
    void passesOnAFreshFolderAndRegistersIt() throws Exception {
        writeProject("-- name: CountUsers :one\nSELECT count(*) FROM users;\n");
        generate();

        check().execute();

        assertEquals(List.of(basedir.resolve("src/main/generated").toString()), project.getCompileSourceRoots());
        assertTrue(log.infos.get(0).endsWith("src/main/generated is up to date (3 files, 1 queries)"), log.infos.toString());
    }

    @Test
    void rejectsAStaleFolderNamingFilesDiffAndTheRefreshCommand() throws Exception {
        writeProject("-- name: CountUsers :one\nSELECT count(*) FROM users;\n");
        generate();
        writeProject("-- name: CountUsers :one\nSELECT count(*) AS total FROM users;\n");
        Path generated = basedir.resolve("src/main/generated/com/example/db/QueriesQueries.java");
        String before = Files.readString(generated);

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> check().execute());

        assertEquals("Quarry: 1 generated file is out of date in " + basedir.resolve("src/main/generated")
                + "; run 'mvn quarry:generate' and commit the result", failure.getMessage());
        String report = log.errors.get(0);
        assertTrue(report.contains("  changed: com/example/db/QueriesQueries.java\n"), report);
        assertTrue(report.contains("\n+++ b/com/example/db/QueriesQueries.java\n"), report);
        assertTrue(report.contains("AS total"), report);
        assertEquals(before, Files.readString(generated), "check never writes");
    }

    @Test
    void aConfigFileElsewhereIsNamedInTheCommand() throws Exception {
        writeProject("-- name: CountUsers :one\nSELECT count(*) FROM users;\n");
        CheckMojo mojo = check();
        File elsewhere = basedir.resolve("db/quarry.yaml").toFile();
        Files.createDirectories(elsewhere.toPath().getParent());
        Files.move(basedir.resolve("quarry.yaml"), elsewhere.toPath());
        Files.writeString(elsewhere.toPath(), Files.readString(elsewhere.toPath()).replace("[schema.sql]", "[../schema.sql]")
                .replace("[queries.sql]", "[../queries.sql]"));
        mojo.configFile = elsewhere;

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().endsWith("run 'mvn quarry:generate -Dquarry.configFile=" + elsewhere
                + "' and commit the result"), failure.getMessage());
    }

    @Test
    void everyEntryOfASqlcConfigIsChecked() throws Exception {
        writeProject("-- name: CountUsers :one\nSELECT count(*) FROM users;\n");
        Files.writeString(basedir.resolve("sqlc.yaml"), """
                version: "2"
                sql:
                  - engine: postgresql
                    schema: schema.sql
                    queries: queries.sql
                    java: {package: com.example.one, out: gen/one}
                  - engine: sqlite
                    schema: schema.sql
                    queries: queries.sql
                    java: {package: com.example.two, out: gen/two}
                """);
        GenerateMojo generate = new GenerateMojo();
        generate.project = new MavenProject();
        generate.configFile = basedir.resolve("sqlc.yaml").toFile();
        generate.setLog(new GenerateMojoTest.RecordingLog());
        generate.execute();
        CheckMojo mojo = check();
        mojo.configFile = basedir.resolve("sqlc.yaml").toFile();

        mojo.execute();

        assertEquals(List.of(basedir.resolve("gen/one").toString(), basedir.resolve("gen/two").toString()),
                project.getCompileSourceRoots());
        assertEquals(2, log.infos.size(), log.infos.toString());

        Files.delete(basedir.resolve("gen/two/com/example/two/QueriesQueries.java"));
        CheckMojo again = check();
        again.configFile = mojo.configFile;
        MojoFailureException failure = assertThrows(MojoFailureException.class, again::execute);
        assertTrue(failure.getMessage().startsWith("Quarry: 1 generated file is out of date in "
                + basedir.resolve("gen/two")), failure.getMessage());
    }
}

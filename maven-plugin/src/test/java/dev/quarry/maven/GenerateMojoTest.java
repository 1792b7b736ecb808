package dev.quarry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the mojo as Maven would after injecting its parameters, without a Maven build. */
class GenerateMojoTest {

    @TempDir
    Path basedir;

    /** Keeps what the mojo logs, to check it. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> errors = new ArrayList<>();
        final List<String> infos = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
        }

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }
    }

    private final RecordingLog log = new RecordingLog();
    private final MavenProject project = new MavenProject();

    private GenerateMojo mojo(boolean skip) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.project = project;
        mojo.configFile = basedir.resolve("quarry.yaml").toFile();
        mojo.skip = skip;
        mojo.setLog(log);
        return mojo;
    }

    private void writeProject(String out, String extraKey) throws IOException {
        Files.writeString(basedir.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Files.writeString(basedir.resolve("queries.sql"), "-- name: CountUsers :one\nSELECT count(*) FROM users;\n");
        Files.writeString(basedir.resolve("quarry.yaml"), "version: 1\nengine: postgresql\n" + extraKey
                + "schema: [schema.sql]\nqueries: [queries.sql]\njava:\n  package: com.example.db\n  out: " + out + "\n");
    }

    @Test
    void generatesAndRegistersTheOutputFolder() throws Exception {
        writeProject("target/generated-sources/quarry", "");

        mojo(false).execute();

        Path out = basedir.resolve("target/generated-sources/quarry");
        assertEquals(List.of(out.toString()), project.getCompileSourceRoots());
        assertTrue(Files.isRegularFile(out.resolve(".quarry-manifest")));
        assertTrue(log.infos.get(0).startsWith("Quarry: 3 written, 0 unchanged, 0 removed (1 queries)"), log.infos.toString());
        String queries = Files.readString(out.resolve("com/example/db/QueriesQueries.java"));
        assertTrue(queries.contains("public Optional<Long> countUsers()"), queries);
    }

    @Test
    void registersTheOutputFolderAlsoWhenNothingChanged() throws Exception {
        writeProject("target/generated-sources/quarry", "");
        mojo(false).execute();
        MavenProject secondBuild = new MavenProject();
        GenerateMojo second = mojo(false);
        second.project = secondBuild;

        second.execute();

        assertEquals(List.of(basedir.resolve("target/generated-sources/quarry").toString()),
                secondBuild.getCompileSourceRoots());
    }

    @Test
    void secondRunWithUnchangedInputsDoesNothingAndSaysSo() throws Exception {
        writeProject("target/generated-sources/quarry", "");
        GenerateMojo first = mojo(false);
        first.stateDirectory = basedir.resolve("target/quarry").toFile();
        first.execute();

        MavenProject secondBuild = new MavenProject();
        GenerateMojo second = mojo(false);
        second.project = secondBuild;
        second.stateDirectory = first.stateDirectory;
        second.execute();

        assertEquals("Quarry: inputs unchanged since the last generation, nothing to do (-Dquarry.force to regenerate)",
                log.infos.get(1));
        assertEquals(List.of(basedir.resolve("target/generated-sources/quarry").toString()),
                secondBuild.getCompileSourceRoots());

        Files.writeString(basedir.resolve("queries.sql"), "-- name: CountUsers :one\nSELECT count(*) AS n FROM users;\n");
        GenerateMojo third = mojo(false);
        third.stateDirectory = first.stateDirectory;
        third.execute();
        assertTrue(log.infos.get(2).startsWith("Quarry: 1 written, 2 unchanged"), log.infos.toString());
    }

    @Test
    void editedOutputIsRegeneratedAlthoughTheInputsAreUnchanged() throws Exception {
        writeProject("target/generated-sources/quarry", "");
        GenerateMojo first = mojo(false);
        first.stateDirectory = basedir.resolve("target/quarry").toFile();
        first.execute();
        Path generated = basedir.resolve("target/generated-sources/quarry/com/example/db/QueriesQueries.java");
        String original = Files.readString(generated);
        Files.writeString(generated, "edited by hand");

        GenerateMojo second = mojo(false);
        second.stateDirectory = first.stateDirectory;
        second.execute();

        assertTrue(log.infos.get(1).startsWith("Quarry: 1 written, 2 unchanged"), log.infos.toString());
        assertEquals(original, Files.readString(generated));
    }

    @Test
    void deletedOutputIsRegeneratedAlthoughTheInputsAreUnchanged() throws Exception {
        writeProject("target/generated-sources/quarry", "");
        GenerateMojo first = mojo(false);
        first.stateDirectory = basedir.resolve("target/quarry").toFile();
        first.execute();
        Path generated = basedir.resolve("target/generated-sources/quarry/com/example/db/QueriesQueries.java");
        Files.delete(generated);

        GenerateMojo second = mojo(false);
        second.stateDirectory = first.stateDirectory;
        second.execute();

        assertTrue(log.infos.get(1).startsWith("Quarry: 1 written, 2 unchanged"), log.infos.toString());
        assertTrue(Files.isRegularFile(generated));
    }

    @Test
    void checkedInFolderOutsideTargetWorks() throws Exception {
        writeProject("src/main/generated", "");
        Path handWritten = basedir.resolve("src/main/generated/com/example/Keep.java");
        Files.createDirectories(handWritten.getParent());
        Files.writeString(handWritten, "class Keep {}");

        mojo(false).execute();

        assertEquals(List.of(basedir.resolve("src/main/generated").toString()), project.getCompileSourceRoots());
        assertEquals("class Keep {}", Files.readString(handWritten));
    }

    @Test
    void skipWritesNothingButStillRegistersTheFolder() throws Exception {
        writeProject("src/main/generated", "");

        mojo(true).execute();

        assertEquals(List.of(basedir.resolve("src/main/generated").toString()), project.getCompileSourceRoots());
        assertFalse(Files.exists(basedir.resolve("src/main/generated")));
    }

    @Test
    void errorsAreLoggedWithAbsolutePathsAndFailTheBuild() throws Exception {
        writeProject("target/generated-sources/quarry", "colour: blue\n");

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo(false).execute());

        assertEquals("Quarry found 1 error in the configuration, schema or queries; see the messages above",
                failure.getMessage());
        assertEquals(1, log.errors.size());
        String logged = log.errors.get(0);
        assertTrue(logged.startsWith(basedir.resolve("quarry.yaml").toAbsolutePath() + ":3:1: unknown config key \"colour\"\n"),
                logged);
        assertTrue(logged.contains("\n  colour: blue\n  ^"), logged);
        assertFalse(Files.exists(basedir.resolve("target")));
    }

    private void writeSqlcProject() throws IOException {
        Files.writeString(basedir.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
        Files.writeString(basedir.resolve("users.sql"), "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        Files.writeString(basedir.resolve("sqlc.yaml"), """
                version: "2"
                sql:
                  - name: pg
                    engine: postgresql
                    schema: schema.sql
                    queries: users.sql
                    gen:
                      go: {package: pg, rename: {user: Account}}
                    java: {package: com.example.pg, out: target/generated-sources/pg}
                  - name: lite
                    engine: sqlite
                    schema: schema.sql
                    queries: users.sql
                    java: {package: com.example.lite, out: target/generated-sources/lite}
                """);
    }

    @Test
    void oneExecutionGeneratesEveryEntryOfASqlcConfig() throws Exception {
        writeSqlcProject();
        GenerateMojo first = mojo(false);
        first.configFile = basedir.resolve("sqlc.yaml").toFile();
        first.stateDirectory = basedir.resolve("target/quarry").toFile();

        first.execute();

        Path pg = basedir.resolve("target/generated-sources/pg");
        Path lite = basedir.resolve("target/generated-sources/lite");
        assertEquals(List.of(pg.toString(), lite.toString()), project.getCompileSourceRoots());
        assertTrue(Files.isRegularFile(pg.resolve("com/example/pg/Account.java")), "the entry's gen.go.rename applies");
        assertTrue(Files.isRegularFile(lite.resolve("com/example/lite/User.java")));
        assertTrue(log.infos.get(0).startsWith("Quarry: com.example.pg: 3 written"), log.infos.toString());
        assertTrue(log.infos.get(1).startsWith("Quarry: com.example.lite: 3 written"), log.infos.toString());

        // unchanged: nothing to do, both folders still registered
        MavenProject secondBuild = new MavenProject();
        GenerateMojo second = mojo(false);
        second.project = secondBuild;
        second.configFile = first.configFile;
        second.stateDirectory = first.stateDirectory;
        second.execute();
        assertEquals("Quarry: inputs unchanged since the last generation, nothing to do (-Dquarry.force to regenerate)",
                log.infos.get(2));
        assertEquals(List.of(pg.toString(), lite.toString()), secondBuild.getCompileSourceRoots());

        // one entry's output deleted: only that entry is generated again
        Files.delete(lite.resolve("com/example/lite/User.java"));
        GenerateMojo third = mojo(false);
        third.configFile = first.configFile;
        third.stateDirectory = first.stateDirectory;
        third.execute();
        assertTrue(log.infos.get(3).startsWith("Quarry: com.example.lite: 1 written, 2 unchanged"), log.infos.toString());
        assertEquals(4, log.infos.size(), log.infos.toString());
    }

    @Test
    void theEntryParameterGeneratesOneEntry() throws Exception {
        writeSqlcProject();
        GenerateMojo mojo = mojo(false);
        mojo.configFile = basedir.resolve("sqlc.yaml").toFile();
        mojo.entry = "lite";

        mojo.execute();

        assertEquals(List.of(basedir.resolve("target/generated-sources/lite").toString()), project.getCompileSourceRoots());
        assertFalse(Files.exists(basedir.resolve("target/generated-sources/pg")));
    }

    @Test
    void anErrorInOneEntryWritesNoEntry() throws Exception {
        writeSqlcProject();
        Files.writeString(basedir.resolve("users.sql"), "-- name: FindUser :one\nSELECT id, nme FROM users WHERE id = $1;\n");
        GenerateMojo mojo = mojo(false);
        mojo.configFile = basedir.resolve("sqlc.yaml").toFile();

        assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(2, log.errors.size(), log.errors.toString());
        assertTrue(log.errors.get(0).startsWith(basedir.resolve("users.sql").toAbsolutePath() + ":2:12: "), log.errors.toString());
        assertFalse(Files.exists(basedir.resolve("target/generated-sources")));
    }

    @Test
    void missingConfigFileFailsTheBuild() {
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo(false).execute());

        assertTrue(failure.getMessage().startsWith("Quarry found 1 error"), failure.getMessage());
        assertTrue(log.errors.get(0).startsWith("cannot read config file"), log.errors.toString());
        assertTrue(project.getCompileSourceRoots().isEmpty());
    }
}

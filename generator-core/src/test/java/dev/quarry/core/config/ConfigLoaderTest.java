package dev.quarry.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Optional<QuarryConfig> load(String yaml, Diagnostics diagnostics) throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.createDirectories(dir.resolve("sql"));
        Path config = dir.resolve("quarry.yaml");
        Files.writeString(config, yaml);
        return ConfigLoader.load(config, diagnostics);
    }

    @Test
    void loadsAValidConfigWithPathsRelativeToItsFolder() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = load("""
                version: 1
                engine: sqlite
                schema: db
                queries: [sql]
                java:
                  package: com.example.db
                  out: target/gen
                """, diagnostics).orElseThrow();
        assertEquals(Engine.SQLITE, config.engine());
        assertEquals(dir.resolve("db").toAbsolutePath().normalize(), config.schema().get(0));
        assertEquals(dir.resolve("target/gen").toAbsolutePath().normalize(), config.outputDir());
        assertEquals("com.example.db", config.javaPackage());
    }

    @Test
    void everyProblemIsReportedWithItsLineAndAHint() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<QuarryConfig> config = load("""
                version: 1
                engine: oracle
                schema: [db, missing]
                querys: [sql]
                java:
                  package: 1bad
                  out: gen
                """, diagnostics);
        assertTrue(config.isEmpty());
        String rendered = DiagnosticRenderer.render(diagnostics.sorted());
        assertTrue(rendered.contains("quarry.yaml:2:9: error: unsupported engine \"oracle\""), rendered);
        assertTrue(rendered.contains("quarry.yaml:3:14: error: \"missing\" does not exist"), rendered);
        assertTrue(rendered.contains("quarry.yaml:4:1: error: unknown config key \"querys\""), rendered);
        assertTrue(rendered.contains("hint: did you mean \"queries\"?"), rendered);
        assertTrue(rendered.contains("error: \"1bad\" is not a Java package name"), rendered);
        assertEquals(5, diagnostics.sorted().stream().filter(Diagnostic::isError).count(), rendered);
    }

    @Test
    void aMissingFileIsAnErrorNotAnException() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(ConfigLoader.load(dir.resolve("nope.yaml"), diagnostics).isEmpty());
        assertTrue(diagnostics.hasErrors());
    }

    @Test
    void overridesAreReadAndCheckedWithPositions() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = load("""
                version: 1
                engine: postgresql
                schema: db
                queries: sql
                java:
                  package: com.example.db
                  out: gen
                  overrides:
                    - db_type: jsonb
                      java_type: com.example.Doc
                      converter: com.example.DocConverter
                    - column: users.email
                      java_type: com.example.Email
                """, diagnostics).orElseThrow();
        assertEquals(java.util.List.of(new TypeOverride("jsonb", null, "com.example.Doc", "com.example.DocConverter"),
                new TypeOverride(null, "users.email", "com.example.Email", null)), config.overrides());

        Diagnostics bad = new Diagnostics();
        assertTrue(load("""
                version: 1
                engine: postgresql
                schema: db
                queries: sql
                java:
                  package: com.example.db
                  out: gen
                  overrides:
                    - db_type: jsonb
                      column: users.email
                      java_type: com.example.Doc
                    - column: email
                      java_type: Doc
                """, bad).isEmpty());
        String rendered = DiagnosticRenderer.render(bad.sorted());
        assertTrue(rendered.contains("quarry.yaml:9:7: error: an override names either db_type or column"), rendered);
        assertTrue(rendered.contains("quarry.yaml:12:15: error: \"email\" is not table.column"), rendered);
    }

    @Test
    void renameIsReadFromTheJavaBlockAndChecked() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = load("""
                version: 1
                engine: postgresql
                schema: db
                queries: sql
                java:
                  package: com.example.db
                  out: gen
                  rename:
                    user_id: UserID
                    spotify_url: SpotifyURL
                """, diagnostics).orElseThrow();
        assertEquals(java.util.Map.of("user_id", "UserID", "spotify_url", "SpotifyURL"), config.rename());

        Diagnostics bad = new Diagnostics();
        assertTrue(load("""
                version: 1
                engine: postgresql
                schema: db
                queries: sql
                java:
                  package: com.example.db
                  out: gen
                  rename:
                    user_id: ""
                """, bad).isEmpty());
        String rendered = DiagnosticRenderer.render(bad.sorted());
        assertTrue(rendered.contains("quarry.yaml:9:14: error: \"java.rename.user_id\" must be a non-empty string"),
                rendered);
    }

    @Test
    void unsignedIsJooqByDefaultWidenOnRequestAndCheckedWithAHint() throws IOException {
        String yaml = """
                version: 1
                engine: mariadb
                schema: db
                queries: [sql]
                java:
                  package: com.example.db
                  out: gen
                """;
        assertEquals(UnsignedMapping.JOOQ, load(yaml, new Diagnostics()).orElseThrow().unsigned());
        assertEquals(Engine.MARIADB, load(yaml, new Diagnostics()).orElseThrow().engine());
        assertEquals(UnsignedMapping.WIDEN, load(yaml + "  unsigned: widen\n", new Diagnostics()).orElseThrow().unsigned());

        Diagnostics unknown = new Diagnostics();
        assertTrue(load(yaml + "  unsigned: wide\n", unknown).isEmpty());
        String rendered = DiagnosticRenderer.render(unknown.sorted());
        assertTrue(rendered.contains("quarry.yaml:8:13: error: unknown java.unsigned \"wide\""), rendered);
        assertTrue(rendered.contains("hint: use jooq (org.jooq.types.UByte ... ULong) or widen"), rendered);

        Diagnostics misspelled = new Diagnostics();
        assertTrue(load(yaml + "  unsinged: widen\n", misspelled).isEmpty());
        rendered = DiagnosticRenderer.render(misspelled.sorted());
        assertTrue(rendered.contains("error: unknown config key \"java.unsinged\""), rendered);
        assertTrue(rendered.contains("hint: did you mean \"java.unsigned\"?"), rendered);
    }
}

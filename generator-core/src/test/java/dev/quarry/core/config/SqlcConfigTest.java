package dev.quarry.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.Quarry;
import dev.quarry.core.diag.DiagnosticRenderer;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlc projects as they stand: sqlc.yaml v1 and v2, sqlc.json, Java settings, entries, warnings, errors. */
class SqlcConfigTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeSqlcTutorialProject() throws IOException {
        Files.createDirectories(dir.resolve("sql"));
        Files.writeString(dir.resolve("sql/schema.sql"), """
                CREATE TABLE authors (
                  id   BIGSERIAL PRIMARY KEY,
                  name text      NOT NULL,
                  bio  text
                );
                """);
        Files.writeString(dir.resolve("sql/query.sql"), """
                -- name: GetAuthor :one
                SELECT * FROM authors WHERE id = $1 LIMIT 1;

                -- name: ListAuthors :many
                SELECT * FROM authors ORDER BY name;

                -- name: CreateAuthor :one
                INSERT INTO authors (name, bio) VALUES ($1, $2) RETURNING *;
                """);
    }

    private List<QuarryConfig> loadAll(String name, String text, ConfigOverrides overrides, Diagnostics diagnostics)
            throws IOException {
        Path config = dir.resolve(name);
        Files.writeString(config, text);
        return ConfigLoader.loadAll(config, overrides, diagnostics);
    }

    private QuarryConfig loadOne(String name, String text, Diagnostics diagnostics) throws IOException {
        List<QuarryConfig> configs = loadAll(name, text, ConfigOverrides.NONE, diagnostics);
        assertEquals(1, configs.size(), DiagnosticRenderer.render(diagnostics.sorted()));
        return configs.get(0);
    }

    private static Map<String, String> generate(QuarryConfig config) {
        Quarry.Generation generation = Quarry.generate(config);
        assertFalse(generation.hasErrors(), DiagnosticRenderer.render(generation.diagnostics()));
        return generation.files().stream().collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
    }

    private static String rendered(Diagnostics diagnostics) {
        return DiagnosticRenderer.render(diagnostics.sorted());
    }

    @Test
    void version2WithAGoBlockAndAJavaBlockGeneratesJava() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = loadOne("sqlc.yaml", """
                version: "2"
                sql:
                  - engine: "postgresql"
                    queries: "sql/query.sql"
                    schema: "sql/schema.sql"
                    database:
                      uri: postgresql://localhost/authors
                    rules: [sqlc/db-prepare]
                    strict_order_by: false
                    gen:
                      go:
                        package: "authors"
                        out: "authors"
                        sql_package: "pgx/v5"
                        emit_json_tags: true
                      kotlin:
                        package: com.example.kt
                    java:
                      package: com.example.authors
                      out: build/generated
                """, diagnostics);
        assertEquals("", rendered(diagnostics));
        assertEquals(Engine.POSTGRESQL, config.engine());
        assertEquals(dir.resolve("build/generated").toAbsolutePath().normalize(), config.outputDir());
        Map<String, String> files = generate(config);
        assertTrue(files.containsKey("com/example/authors/Author.java"), files.keySet().toString());
        String queries = files.get("com/example/authors/QueryQueries.java");
        assertTrue(queries != null && queries.contains("public Optional<Author> getAuthor(long id)"), files.keySet()
                + "\n" + queries);
    }

    @Test
    void version1PackagesWithATopLevelJavaBlockAndTheDefaultEngine() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = loadOne("sqlc.yaml", """
                version: "1"
                packages:
                  - name: "db"
                    path: "internal/db"
                    queries: "./sql/query.sql"
                    schema: "./sql/schema.sql"
                    emit_json_tags: true
                    emit_prepared_queries: false
                java:
                  package: com.example.db
                  out: src/main/generated
                """, diagnostics);
        assertEquals("", rendered(diagnostics));
        assertEquals(Engine.POSTGRESQL, config.engine());
        assertEquals("com.example.db", config.javaPackage());
        assertTrue(generate(config).containsKey("com/example/db/Author.java"));
    }

    @Test
    void sqlcJsonWithTheJavaSettingsFromOutside() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path out = dir.resolve("elsewhere");
        List<QuarryConfig> configs = loadAll("sqlc.json", """
                {
                  "version": "2",
                  "sql": [{
                    "engine": "postgresql",
                    "schema": ["sql/schema.sql"],
                    "queries": ["sql/query.sql"],
                    "gen": {"go": {"package": "authors", "out": "authors"}}
                  }]
                }
                """, new ConfigOverrides("org.example.json", out, null), diagnostics);
        assertEquals("", rendered(diagnostics));
        assertEquals(1, configs.size());
        assertEquals(out, configs.get(0).outputDir());
        assertTrue(generate(configs.get(0)).containsKey("org/example/json/Author.java"));
    }

    @Test
    void outsideSettingsWinOverTheJavaBlock() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadAll("sqlc.yml", """
                version: "2"
                sql:
                  - engine: postgresql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    java: {package: com.example.file, out: gen}
                """, new ConfigOverrides("com.example.cli", null, null), diagnostics);
        assertEquals("com.example.cli", configs.get(0).javaPackage());
        assertEquals(dir.resolve("gen").toAbsolutePath().normalize(), configs.get(0).outputDir());
    }

    private static final String TWO_ENTRIES = """
            version: "2"
            sql:
              - name: app
                engine: postgresql
                schema: sql/schema.sql
                queries: sql/query.sql
                java: {package: com.example.app, out: gen/app}
              - engine: sqlite
                schema: sql/schema.sql
                queries: sql/query.sql
                gen:
                  go: {package: lite, out: lite}
                %s
            """;

    @Test
    void severalEntriesEachWithAJavaBlockGenerateSeparately() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadAll("sqlc.yaml", TWO_ENTRIES.formatted(
                "java: {package: com.example.lite, out: gen/lite}"), ConfigOverrides.NONE, diagnostics);
        assertEquals("", rendered(diagnostics));
        assertEquals(List.of("com.example.app", "com.example.lite"), configs.stream().map(QuarryConfig::javaPackage).toList());
        assertEquals(Engine.SQLITE, configs.get(1).engine());
    }

    @Test
    void entryIsChosenByIndexOrByName() throws IOException {
        for (String entry : List.of("1", "lite")) {
            Diagnostics diagnostics = new Diagnostics();
            List<QuarryConfig> configs = loadAll("sqlc.yaml", TWO_ENTRIES.formatted(""),
                    new ConfigOverrides("com.example.chosen", dir.resolve("out"), entry), diagnostics);
            assertEquals("", rendered(diagnostics));
            assertEquals(1, configs.size());
            assertEquals(Engine.SQLITE, configs.get(0).engine());
        }
        Diagnostics diagnostics = new Diagnostics();
        Path config = dir.resolve("sqlc.yaml");
        assertTrue(ConfigLoader.load(config, new ConfigOverrides(null, null, "app"), diagnostics).isPresent());
    }

    @Test
    void severalEntriesWithoutJavaBlocksNeedAnEntry() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadAll("sqlc.yaml", TWO_ENTRIES.formatted(""), ConfigOverrides.NONE, diagnostics);
        assertTrue(configs.isEmpty());
        String text = rendered(diagnostics);
        assertTrue(text.contains("sqlc.yaml:2:1: error: 2 sqlc entries; choose one with --entry <index or name>"), text);
        assertTrue(text.contains("entries: 0 (app), 1 (lite)"), text);

        Diagnostics unknown = new Diagnostics();
        loadAll("sqlc.yaml", TWO_ENTRIES.formatted(""), new ConfigOverrides(null, null, "nope"), unknown);
        assertTrue(rendered(unknown).contains("sqlc.yaml:2:1: error: no sqlc entry \"nope\""), rendered(unknown));
    }

    @Test
    void aSingleConfigIsRequiredWhereOnlyOneCanRun() throws IOException {
        Files.writeString(dir.resolve("sqlc.yaml"), TWO_ENTRIES.formatted("java: {package: com.example.lite, out: gen/lite}"));
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(ConfigLoader.load(dir.resolve("sqlc.yaml"), diagnostics).isEmpty());
        assertTrue(rendered(diagnostics).contains("error: 2 sqlc entries; choose one with --entry"), rendered(diagnostics));
    }

    @Test
    void entriesGeneratedTogetherNeedTheirOwnOutputFolders() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        loadAll("sqlc.yaml", TWO_ENTRIES.formatted("java: {package: com.example.lite, out: gen/app}"),
                ConfigOverrides.NONE, diagnostics);
        assertTrue(rendered(diagnostics).contains("sqlc.yaml:8:5: error: this entry's java.out is also another entry's"),
                rendered(diagnostics));
    }

    @Test
    void goOverridesAndUnknownKeysWarnAndRenameAndPassedOverKeysDoNot() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = loadOne("sqlc.yaml", """
                version: "1"
                project:
                  id: abc
                colour: blue
                rename:
                  bio: Biography
                overrides:
                  - db_type: "uuid"
                    go_type: "github.com/gofrs/uuid.UUID"
                packages:
                  - path: db
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    engine: postgresql
                    overrides:
                      - column: "authors.bio"
                        go_type: "database/sql.NullString"
                java: {package: com.example.db, out: gen}
                """, diagnostics);
        assertEquals(Map.of("bio", "Biography"), config.rename());
        String text = rendered(diagnostics);
        assertFalse(diagnostics.hasErrors(), text);
        assertTrue(text.contains("sqlc.yaml:4:1: warning: unknown sqlc config key \"colour\"; ignored"), text);
        assertFalse(text.contains("rename"), text);
        assertTrue(text.contains("sqlc.yaml:7:1: warning: sqlc \"overrides\" (Go types) are not supported yet"), text);
        assertTrue(text.contains("sqlc.yaml:15:5: warning: sqlc \"overrides\" (Go types) are not supported yet"), text);
        assertFalse(text.contains("project"), text);
    }

    @Test
    void version2GoOverridesWarnAtTheirPosition() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = loadOne("sqlc.yaml", """
                version: "2"
                overrides:
                  go:
                    rename:
                      id: Identifier
                    overrides:
                      - db_type: uuid
                        go_type: github.com/google/uuid.UUID
                sql:
                  - engine: postgresql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    gen:
                      go:
                        package: db
                        overrides:
                          - column: authors.id
                            go_type: int64
                java: {package: com.example.db, out: gen}
                """, diagnostics);
        String text = rendered(diagnostics);
        assertEquals(Map.of("id", "Identifier"), config.rename());
        assertFalse(text.contains("rename"), text);
        assertTrue(text.contains("sqlc.yaml:6:5: warning: sqlc \"overrides.go.overrides\" (Go types)"), text);
        assertTrue(text.contains("sqlc.yaml:16:9: warning: sqlc \"gen.go.overrides\" (Go types)"), text);
    }

    @Test
    void renameNamesTheJavaMembersAndAnEntrysGoRenameStaysWithIt() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadAll("sqlc.yaml", """
                version: "2"
                overrides:
                  go:
                    rename:
                      bio: Biography
                sql:
                  - engine: postgresql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    gen:
                      go: {package: one, rename: {id: AuthorID}}
                    java: {package: com.example.one, out: gen/one}
                  - engine: postgresql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    gen:
                      go: {package: two}
                    java: {package: com.example.two, out: gen/two}
                """, ConfigOverrides.NONE, diagnostics);
        assertFalse(diagnostics.hasErrors(), rendered(diagnostics));
        assertEquals(Map.of("bio", "Biography", "id", "AuthorID"), configs.get(0).rename());
        assertEquals(Map.of("bio", "Biography"), configs.get(1).rename());

        String author = generate(configs.get(0)).get("com/example/one/Author.java");
        assertTrue(author.contains("public record Author(long authorID, String name, @Nullable String biography)"),
                author);
        String queries = generate(configs.get(0)).get("com/example/one/QueryQueries.java");
        assertTrue(queries.contains("getAuthor(long authorID)"), queries);
        assertTrue(queries.contains("createAuthor(String name, @Nullable String biography)"), queries);
        String other = generate(configs.get(1)).get("com/example/two/Author.java");
        assertTrue(other.contains("(long id, String name, @Nullable String biography)"), other);
    }

    @Test
    void version1RenameNamesTheTableRecordByItsSingularName() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        QuarryConfig config = loadOne("sqlc.yaml", """
                version: "1"
                rename:
                  author: Writer
                  bio: Biography
                packages:
                  - name: db
                    path: db
                    queries: sql/query.sql
                    schema: sql/schema.sql
                java: {package: com.example.db, out: gen}
                """, diagnostics);
        assertEquals("", rendered(diagnostics));
        Map<String, String> files = generate(config);
        assertFalse(files.containsKey("com/example/db/Author.java"), files.keySet().toString());
        String writer = files.get("com/example/db/Writer.java");
        assertTrue(writer != null && writer.contains("public record Writer(long id, String name, @Nullable String biography)"),
                files.keySet() + "\n" + writer);
        assertTrue(files.get("com/example/db/QueryQueries.java").contains("public Optional<Writer> getAuthor(long id)"));
    }

    @Test
    void version2RenamesTypesFromGoOverridesGenGoAndJavaBlocks() throws IOException {
        Files.writeString(dir.resolve("sql/schema.sql"), """
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE TABLE authors (id BIGSERIAL PRIMARY KEY, name text NOT NULL, bio text, mood mood);
                """);
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadAll("sqlc.yaml", """
                version: "2"
                overrides:
                  go:
                    rename:
                      mood: Feeling
                java:
                  rename:
                    bio: About
                sql:
                  - name: go-names
                    engine: postgresql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    gen:
                      go: {package: one, rename: {author: Writer}}
                    java: {package: com.example.one, out: gen/one}
                  - name: java-names
                    engine: postgresql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    java:
                      package: com.example.two
                      out: gen/two
                      rename: {author: Person, mood: Humour}
                      overrides:
                        - {column: authors.bio, java_type: java.lang.CharSequence}
                """, ConfigOverrides.NONE, diagnostics);
        assertEquals("", rendered(diagnostics));
        assertEquals(Map.of("mood", "Feeling", "bio", "About", "author", "Writer"), configs.get(0).rename());
        assertEquals(Map.of("mood", "Humour", "bio", "About", "author", "Person"), configs.get(1).rename());
        assertEquals(1, configs.get(1).overrides().size());

        // one key names both the enum type and the column called mood, as in sqlc
        Map<String, String> one = generate(configs.get(0));
        assertTrue(one.get("com/example/one/Writer.java").contains(
                "public record Writer(long id, String name, @Nullable String about, @Nullable Feeling feeling)"),
                one.get("com/example/one/Writer.java"));
        assertTrue(one.containsKey("com/example/one/Feeling.java"), one.keySet().toString());
        Map<String, String> two = generate(configs.get(1));
        assertTrue(two.get("com/example/two/Person.java").contains(
                "public record Person(long id, String name, @Nullable CharSequence about, @Nullable Humour humour)"),
                two.get("com/example/two/Person.java"));
    }

    @Test
    void anUnknownKeyInASqlcJavaBlockIsAnError() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        loadAll("sqlc.yaml", """
                version: "2"
                sql:
                  - engine: postgresql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    java: {package: com.example.one, out: gen, renames: {a: B}}
                """, ConfigOverrides.NONE, diagnostics);
        assertTrue(rendered(diagnostics).contains("sqlc.yaml:6:48: error: unknown config key \"java.renames\""),
                rendered(diagnostics));
        assertTrue(rendered(diagnostics).contains("did you mean \"java.rename\"?"), rendered(diagnostics));
    }

    @Test
    void aRenameThatIsNoMappingIsAnError() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        loadAll("sqlc.yaml", """
                version: "1"
                rename: [bio]
                packages:
                  - schema: sql/schema.sql
                    queries: sql/query.sql
                java: {package: com.example.db, out: gen}
                """, ConfigOverrides.NONE, diagnostics);
        assertTrue(rendered(diagnostics).contains(
                "sqlc.yaml:2:9: error: \"rename\" must be a mapping of column names to names"), rendered(diagnostics));
    }

    @Test
    void errorsCarryFileLineAndColumn() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadAll("sqlc.yaml", """
                version: "2"
                sql:
                  - engine: oracle
                    schema: sql/missing.sql
                    queries: sql/query.sql
                    java:
                      package: 1bad
                      colour: blue
                """, ConfigOverrides.NONE, diagnostics);
        assertTrue(configs.isEmpty());
        String text = rendered(diagnostics);
        assertTrue(text.contains("sqlc.yaml:3:13: error: unsupported engine \"oracle\""), text);
        assertTrue(text.contains("sqlc.yaml:4:13: error: \"sql/missing.sql\" does not exist"), text);
        assertTrue(text.contains("sqlc.yaml:7:16: error: \"1bad\" is not a Java package name"), text);
        assertTrue(text.contains("sqlc.yaml:8:7: error: unknown config key \"java.colour\""), text);
        assertTrue(text.contains("sqlc.yaml:3:5: error: this sqlc entry has no Java package"), text);
    }

    @Test
    void versionAndShapeErrors() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        loadAll("sqlc.json", "{\"version\": \"3\", \"sql\": []}", ConfigOverrides.NONE, diagnostics);
        String text = rendered(diagnostics);
        assertTrue(text.contains("sqlc.json:1:13: error: unsupported sqlc config version \"3\""), text);

        Diagnostics missingJava = new Diagnostics();
        loadAll("sqlc.yaml", """
                version: "2"
                sql:
                  - engine: postgresql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                """, ConfigOverrides.NONE, missingJava);
        assertTrue(rendered(missingJava).contains(
                "sqlc.yaml:3:5: error: this sqlc entry has no Java package and no output folder"), rendered(missingJava));
        assertTrue(rendered(missingJava).contains("or pass --package/--out"), rendered(missingJava));
    }

    @Test
    void javaBlocksChooseTheUnsignedMappingTheEntrysOwnWinning() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<QuarryConfig> configs = loadAll("sqlc.yaml", """
                version: "2"
                java:
                  unsigned: widen
                sql:
                  - engine: mysql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    java: {package: com.example.one, out: gen/one}
                  - engine: mariadb
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    java: {package: com.example.two, out: gen/two, unsigned: jooq}
                """, ConfigOverrides.NONE, diagnostics);
        assertEquals("", rendered(diagnostics));
        assertEquals(UnsignedMapping.WIDEN, configs.get(0).unsigned());
        assertEquals(UnsignedMapping.JOOQ, configs.get(1).unsigned());

        Diagnostics wrong = new Diagnostics();
        loadAll("sqlc.yaml", """
                version: "2"
                sql:
                  - engine: mysql
                    schema: sql/schema.sql
                    queries: sql/query.sql
                    java: {package: com.example.one, out: gen/one, unsigned: wide}
                """, ConfigOverrides.NONE, wrong);
        assertTrue(rendered(wrong).contains("sqlc.yaml:6:62: error: unknown java.unsigned \"wide\""), rendered(wrong));
    }
}

package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.emit.GeneratedFile;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes: across runs, default locales (Turkish dotless i, German
 * decimal comma), the order in which files were created (and so listed), and the folder the
 * project lives in; no generated file holds a machine path, host name or date.
 */
class DeterministicOutputTest {

    private static final String SCHEMA = """
            CREATE TYPE status AS ENUM ('ACTIVE', 'idle', 'Invited');
            CREATE TABLE items (ID bigint PRIMARY KEY, TITLE text NOT NULL, price numeric(10,2), status status,
                                inserted_at timestamptz NOT NULL DEFAULT now());
            CREATE TABLE info_lines (id int PRIMARY KEY, item_id bigint REFERENCES items(ID), INFO text);
            """;
    private static final Map<String, String> QUERIES = Map.of(
            "items.sql", """
                    -- name: FindItem :one
                    SELECT ID, TITLE, price, status FROM items WHERE ID = @id;

                    -- name: ListInfo :many
                    SELECT i.TITLE, l.INFO, l.id AS line_id FROM items i LEFT JOIN info_lines l ON l.item_id = i.ID
                    WHERE i.price > 1.5 AND i.status = @status;
                    """,
            "info.sql", """
                    -- name: CountInfo :one
                    SELECT count(*) AS INFO_COUNT FROM info_lines WHERE INFO ILIKE @pattern;
                    """,
            "zz/insert.sql", """
                    -- name: InsertItem :execrows
                    INSERT INTO items (ID, TITLE, price) VALUES (@id, @title, @price);
                    """);

    @TempDir
    Path temp;

    private Map<String, String> generateIn(Path dir, long shuffleSeed, Locale locale) throws IOException {
        Files.createDirectories(dir.resolve("sql/zz"));
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        List<String> names = new ArrayList<>(QUERIES.keySet());
        Collections.shuffle(names, new Random(shuffleSeed));
        for (String name : names) {
            Files.writeString(dir.resolve("sql").resolve(name), QUERIES.get(name));
        }
        QuarryConfig config = new QuarryConfig(dir, Engine.POSTGRESQL, List.of(dir.resolve("schema.sql")),
                List.of(dir.resolve("sql")), "com.example.db", dir.resolve("out"));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            Quarry.Generation generation = Quarry.generate(config);
            assertFalse(generation.hasErrors(), generation.diagnostics().toString());
            return generation.files().stream()
                    .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content, (a, b) -> a, TreeMap::new));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void sameBytesAcrossRunsLocalesListingOrdersAndFolders() throws IOException {
        Map<String, String> reference = generateIn(temp.resolve("a"), 1, Locale.ROOT);
        assertEquals(reference, generateIn(temp.resolve("a"), 1, Locale.ROOT), "a second run");
        assertEquals(reference, generateIn(temp.resolve("b/deeper/project"), 2, Locale.forLanguageTag("tr-TR")), "tr_TR");
        assertEquals(reference, generateIn(temp.resolve("c"), 3, Locale.GERMANY), "de_DE");
        assertEquals(reference, generateIn(temp.resolve("d"), 4, Locale.forLanguageTag("ar-EG-u-nu-arab")), "Arabic digits");
    }

    @Test
    void noMachinePathHostOrDateInAnyFile() throws IOException {
        Map<String, String> files = generateIn(temp.resolve("project"), 5, Locale.ROOT);
        String host = InetAddress.getLocalHost().getHostName();
        String year = Integer.toString(java.time.Year.now().getValue());
        for (Map.Entry<String, String> file : files.entrySet()) {
            String text = file.getValue();
            assertFalse(text.contains(temp.toString()), file.getKey() + " holds the project's absolute path");
            assertFalse(text.contains(System.getProperty("user.home")), file.getKey() + " holds the home folder");
            assertFalse(host.length() > 3 && text.contains(host), file.getKey() + " holds the host name");
            assertFalse(text.contains(year), file.getKey() + " holds a date");
            assertTrue(text.contains("sql/") || !file.getKey().endsWith("Queries.java"), "sources are named relative to the project");
        }
    }

    /**
     * Queries are analyzed in parallel: the IR, and the diagnostics of many files (errors, warnings,
     * names used twice across files), must be those of every other run, in file order.
     */
    @Test
    void parallelAnalysisGivesTheSameIrAndDiagnosticsEveryRun() throws IOException {
        QuarryConfig clean = manyQueries(temp.resolve("clean"), false);
        Quarry.Analysis cleanReference = Quarry.analyze(clean);
        assertTrue(cleanReference.ir().isPresent(), cleanReference.diagnostics().toString());
        QuarryConfig broken = manyQueries(temp.resolve("broken"), true);
        String reference = described(Quarry.analyze(broken).diagnostics());
        assertTrue(reference.contains("query name \"Q0\" is already used at sql/fa.sql:1:1"), reference);
        for (int run = 0; run < 5; run++) {
            assertEquals(cleanReference, Quarry.analyze(clean), "run " + run);
            assertEquals(reference, described(Quarry.analyze(broken).diagnostics()), "run " + run);
        }
    }

    /** Code, place and text of each diagnostic (a span's file is read anew by every run, so it is not equal). */
    private static String described(List<dev.quarry.core.diag.Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code() + " " + d.span().location() + "-" + d.span().end() + " "
                + dev.quarry.core.diag.DiagnosticRenderer.render(d)).collect(Collectors.joining());
    }

    /** 12 files of 25 queries; with {@code broken}, four in five queries have an error and one name is used five times. */
    private static QuarryConfig manyQueries(Path dir, boolean broken) throws IOException {
        Files.createDirectories(dir.resolve("sql"));
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        for (int f = 0; f < 12; f++) {
            StringBuilder sql = new StringBuilder();
            for (int q = 0; q < 25; q++) {
                int n = f * 25 + q;
                sql.append("-- name: Q").append(broken && n % 97 == 5 ? 0 : n).append(" :many\n");
                sql.append(switch (broken ? n % 5 : 0) {
                    case 0 -> "SELECT ID, TITLE FROM items WHERE price > @min" + n + ";\n";
                    case 1 -> "SELECT nme FROM items;\n";
                    case 2 -> "SELECT i.TITLE, l.INFO, l.INFO FROM items i LEFT JOIN info_lines l ON l.item_id = i.ID;\n";
                    case 3 -> "SELECT count(*) AS n FROM nowhere WHERE x = $1;\n";
                    default -> "SELECT FROM WHERE;\n";
                }).append('\n');
            }
            Files.writeString(dir.resolve("sql/f" + (char) ('a' + f) + ".sql"), sql);
        }
        return new QuarryConfig(dir, Engine.POSTGRESQL, List.of(dir.resolve("schema.sql")),
                List.of(dir.resolve("sql")), "com.example.db", dir.resolve("out"));
    }
}

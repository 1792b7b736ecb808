package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.config.QuarryConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCheckTest {

    @TempDir
    Path dir;

    private QuarryConfig config() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
        return new QuarryConfig(dir, Engine.POSTGRESQL, List.of(dir.resolve("schema.sql")), List.of(dir.resolve("q")),
                "com.example.db", dir.resolve("generated"));
    }

    private void queries(String file, String text) throws IOException {
        Files.createDirectories(dir.resolve("q"));
        Files.writeString(dir.resolve("q").resolve(file), text);
    }

    private OutputCheck.Result checkAfterWrite(QuarryConfig config, Runnable change) throws IOException {
        OutputWriter.write(Quarry.generate(config), config.outputDir());
        change.run();
        return OutputCheck.check(Quarry.generate(config), config.outputDir());
    }

    @Test
    void freshOutputIsUpToDate() throws IOException {
        QuarryConfig config = config();
        queries("users.sql", "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        assertTrue(checkAfterWrite(config, () -> {}).upToDate());
    }

    @Test
    void missingFolderListsEveryFileAsAdded() throws IOException {
        QuarryConfig config = config();
        queries("users.sql", "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        OutputCheck.Result result = OutputCheck.check(Quarry.generate(config), config.outputDir());
        assertTrue(result.drift().stream().allMatch(d -> d.change() == OutputCheck.Change.ADDED), result.toString());
        assertTrue(result.drift().stream().anyMatch(d -> d.path().equals(".quarry-manifest")));
    }

    @Test
    void reportsAddedChangedAndRemovedFilesWithADiff() throws IOException {
        QuarryConfig config = config();
        queries("users.sql", "-- name: FindUser :one\nSELECT id, name FROM users WHERE id = $1;\n");
        queries("old.sql", "-- name: CountUsers :one\nSELECT count(*) FROM users;\n");
        OutputWriter.write(Quarry.generate(config), config.outputDir());
        Files.delete(dir.resolve("q/old.sql"));
        queries("users.sql", "-- name: FindUser :one\nSELECT id FROM users WHERE id = $1;\n");
        queries("more.sql", "-- name: ListUsers :many\nSELECT name FROM users;\n");
        Files.writeString(config.outputDir().resolve("Handwritten.java"), "class Handwritten {}\n");

        OutputCheck.Result result = OutputCheck.check(Quarry.generate(config), config.outputDir());
        String report = OutputCheck.render(result, "generated", "mvn quarry:generate");

        assertTrue(report.contains("  added: com/example/db/MoreQueries.java\n"), report);
        assertTrue(report.contains("  changed: com/example/db/UsersQueries.java\n"), report);
        assertTrue(report.contains("  removed: com/example/db/OldQueries.java\n"), report);
        assertTrue(report.contains("--- a/com/example/db/UsersQueries.java\n+++ b/com/example/db/UsersQueries.java\n@@ -"), report);
        assertTrue(report.contains("\n-") && report.contains("\n+"), report);
        assertTrue(report.endsWith("run mvn quarry:generate and commit the result\n"), report);
        assertTrue(!report.contains("Handwritten"), "files Quarry did not generate are none of its business");
    }

    @Test
    void diffExcerptIsShortAndHasContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\n";
        String after = "a\nb\nc\nD\ne\nf\ng\n";
        assertEquals("--- a/x\n+++ b/x\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n",
                UnifiedDiff.excerpt("x", before, after, 20));
        String twoHunks = UnifiedDiff.excerpt("x", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\nthirteen\n", 20);
        assertEquals("--- a/x\n+++ b/x\n@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+thirteen\n", twoHunks);
        String cut = UnifiedDiff.excerpt("x", "", "1\n2\n3\n4\n5\n", 2);
        assertEquals("--- /dev/null\n+++ b/x\n@@ -0,0 +1,5 @@\n+1\n+2\n... (3 more lines)\n", cut);
    }
}

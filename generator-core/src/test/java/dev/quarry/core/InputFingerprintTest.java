package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.config.QuarryConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

    @TempDir
    Path dir;

    private QuarryConfig config(String javaPackage) throws IOException {
        return new QuarryConfig(dir, Engine.POSTGRESQL, List.of(dir.resolve("schema.sql")), List.of(dir.resolve("q")),
                javaPackage, dir.resolve("generated"));
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    void changesWithEveryInputAndOnlyThen() throws IOException {
        write("schema.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        write("q/users.sql", "-- name: CountUsers :one\nSELECT count(*) FROM users;\n");
        String first = InputFingerprint.of(config("a.b"));
        assertEquals(64, first.length());
        assertEquals(first, InputFingerprint.of(config("a.b")), "same input, same fingerprint");

        assertNotEquals(first, InputFingerprint.of(config("a.c")), "config");
        write("q/users.sql", "-- name: CountUsers :one\nSELECT count(*) FROM users ;\n");
        String queryChanged = InputFingerprint.of(config("a.b"));
        assertNotEquals(first, queryChanged, "query text");
        write("q/more.sql", "");
        assertNotEquals(queryChanged, InputFingerprint.of(config("a.b")), "a new, even empty, query file");
        write("schema.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        assertNotEquals(queryChanged, InputFingerprint.of(config("a.b")), "schema");
    }

    @Test
    void knowsTheGeneratorVersion() {
        assertTrue(InputFingerprint.version().matches("\\d+\\.\\d+\\.\\d+.*"), InputFingerprint.version());
        assertTrue(InputFingerprint.generatorIdentity().startsWith(InputFingerprint.version()));
    }
}

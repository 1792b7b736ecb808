package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.OutputWriter.WriteResult;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("generated");
    }

    private static Quarry.Generation generation(GeneratedFile... files) {
        return new Quarry.Generation(List.of(files), List.of(), 0);
    }

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content);
    }

    /** Every regular file below a folder with its content, by forward-slash relative path. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void firstWriteCreatesFilesAndManifest() throws IOException {
        WriteResult result = OutputWriter.write(generation(
                file("com/example/db/UsersQueries.java", "class UsersQueries {}\n"),
                file("com/example/db/Users.java", "record Users() {}\n")), out());

        assertEquals(List.of("com/example/db/Users.java", "com/example/db/UsersQueries.java"), result.written());
        assertEquals(List.of(), result.unchanged());
        assertEquals(List.of(), result.removed());
        Map<String, String> tree = tree(out());
        assertEquals("class UsersQueries {}\n", tree.get("com/example/db/UsersQueries.java"));
        assertEquals("record Users() {}\n", tree.get("com/example/db/Users.java"));
        assertTrue(tree.get(".quarry-manifest").endsWith("com/example/db/Users.java\ncom/example/db/UsersQueries.java\n"));
        assertEquals(3, tree.size());
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(out()), siblings.toList(), "the staging folder is gone");
        }
    }

    @Test
    void secondIdenticalWriteTouchesNothing() throws IOException {
        Quarry.Generation gen = generation(file("a/A.java", "A"), file("B.java", "B"));
        OutputWriter.write(gen, out());
        Path a = out().resolve("a/A.java");
        Path manifest = out().resolve(".quarry-manifest");
        Files.setLastModifiedTime(a, LONG_AGO);
        Files.setLastModifiedTime(manifest, LONG_AGO);

        WriteResult second = OutputWriter.write(gen, out());

        assertEquals(List.of(), second.written());
        assertEquals(List.of("B.java", "a/A.java"), second.unchanged());
        assertEquals(List.of(), second.removed());
        assertFalse(second.changedAnything());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(a));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(manifest));
    }

    @Test
    void onlyChangedFilesAreRewritten() throws IOException {
        OutputWriter.write(generation(file("A.java", "A1"), file("B.java", "B")), out());
        Files.setLastModifiedTime(out().resolve("B.java"), LONG_AGO);

        WriteResult result = OutputWriter.write(generation(file("A.java", "A2"), file("B.java", "B")), out());

        assertEquals(List.of("A.java"), result.written());
        assertEquals(List.of("B.java"), result.unchanged());
        assertEquals("A2", Files.readString(out().resolve("A.java")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("B.java")));
    }

    @Test
    void fileOfARemovedQueryIsRemovedAndItsEmptiedFolderToo() throws IOException {
        OutputWriter.write(generation(file("db/UsersQueries.java", "U"), file("db/orders/OrdersQueries.java", "O")), out());

        WriteResult result = OutputWriter.write(generation(file("db/UsersQueries.java", "U")), out());

        assertEquals(List.of("db/orders/OrdersQueries.java"), result.removed());
        assertFalse(Files.exists(out().resolve("db/orders")), "folder emptied by the removal is removed");
        assertTrue(Files.isDirectory(out().resolve("db")), "folder still holding a file stays");
        assertFalse(Files.readString(out().resolve(".quarry-manifest")).contains("OrdersQueries"));
    }

    @Test
    void foreignFilesAndFoldersAreNeverRemoved() throws IOException {
        Files.createDirectories(out().resolve("db"));
        Files.writeString(out().resolve("db/HandWritten.java"), "mine");
        Files.createDirectories(out().resolve("empty-before"));
        OutputWriter.write(generation(file("db/UsersQueries.java", "U"), file("x/X.java", "X")), out());
        Files.writeString(out().resolve("x/Notes.txt"), "also mine");

        WriteResult result = OutputWriter.write(generation(), out());

        assertEquals(List.of("db/UsersQueries.java", "x/X.java"), result.removed());
        assertEquals("mine", Files.readString(out().resolve("db/HandWritten.java")));
        assertEquals("also mine", Files.readString(out().resolve("x/Notes.txt")));
        assertTrue(Files.isDirectory(out().resolve("empty-before")), "a folder empty before is not ours to remove");
    }

    @Test
    void pathsInAnEditedManifestOutsideTheFolderAreIgnored() throws IOException {
        Files.writeString(tmp.resolve("Outside.java"), "outside");
        Files.createDirectories(out());
        Files.writeString(out().resolve(".quarry-manifest"), "../Outside.java\n/etc/passwd\n");

        WriteResult result = OutputWriter.write(generation(file("A.java", "A")), out());

        assertEquals(List.of(), result.removed());
        assertEquals("outside", Files.readString(tmp.resolve("Outside.java")));
    }

    @Test
    void generationWithErrorsChangesNothingOnDisk() throws IOException {
        OutputWriter.write(generation(file("A.java", "A"), file("old/Old.java", "old")), out());
        Map<String, String> before = tree(out());
        Diagnostic error = Diagnostic.error("parse-error", null, "broken");
        Quarry.Generation failed = new Quarry.Generation(List.of(file("A.java", "changed")), List.of(error), 0);

        WriteResult result = OutputWriter.write(failed, out());

        assertEquals(before, tree(out()));
        assertEquals(List.of(), result.written());
        assertEquals(List.of(), result.removed());
    }

    @Test
    void generationWithErrorsDoesNotCreateTheOutputFolder() throws IOException {
        Diagnostic error = Diagnostic.error("parse-error", null, "broken");
        OutputWriter.write(new Quarry.Generation(List.of(), List.of(error), 0), out());

        assertFalse(Files.exists(out()));
    }

    @Test
    void warningsDoNotStopTheWrite() throws IOException {
        Diagnostic warning = Diagnostic.warning("nullable-unknown", null, "cannot tell");
        WriteResult result = OutputWriter.write(
                new Quarry.Generation(List.of(file("A.java", "A")), List.of(warning), 1), out());

        assertEquals(List.of("A.java"), result.written());
    }

    @Test
    void pathEscapingTheOutputFolderIsRejectedBeforeAnythingIsWritten() {
        assertThrows(IllegalArgumentException.class,
                () -> OutputWriter.write(generation(file("A.java", "A"), file("../Evil.java", "x")), out()));
        assertFalse(Files.exists(out()));
    }
}

package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp is current only for the same fingerprint and an output folder as the stamped generation left it. */
class GenerationStampTest {
    private static final String FINGERPRINT = "a".repeat(64);

    @TempDir
    Path tmp;

    private Path out;
    private Path stamp;
    private Path queries;

    @BeforeEach
    void generate() throws IOException {
        out = tmp.resolve("generated");
        stamp = tmp.resolve("state/generate.sha256");
        queries = out.resolve("com/example/UsersQueries.java");
        OutputWriter.write(new Quarry.Generation(List.of(
                new GeneratedFile("com/example/UsersQueries.java", "class UsersQueries {}\n"),
                new GeneratedFile("com/example/User.java", "record User() {}\n")), List.of(), 1), out);
        GenerationStamp.write(stamp, FINGERPRINT, out);
    }

    @Test
    void currentForTheSameFingerprintAndUntouchedOutput() throws IOException {
        assertTrue(GenerationStamp.isCurrent(stamp, FINGERPRINT, out));
        assertFalse(GenerationStamp.isCurrent(stamp, "b".repeat(64), out), "other inputs");
        assertFalse(GenerationStamp.isCurrent(tmp.resolve("state/none.sha256"), FINGERPRINT, out), "no stamp");
    }

    @Test
    void aDeletedGeneratedFileMakesItStale() throws IOException {
        Files.delete(queries);
        assertFalse(GenerationStamp.isCurrent(stamp, FINGERPRINT, out));
    }

    @Test
    void aDeletedManifestMakesItStale() throws IOException {
        Files.delete(out.resolve(OutputManifest.FILE_NAME));
        assertFalse(GenerationStamp.isCurrent(stamp, FINGERPRINT, out));
    }

    @Test
    void anEditedGeneratedFileMakesItStale() throws IOException {
        Files.writeString(queries, "class UsersQueries { /* edited by hand */ }\n");
        assertFalse(GenerationStamp.isCurrent(stamp, FINGERPRINT, out));
    }

    @Test
    void anEditOfTheSameSizeIsSeenByItsModificationTime() throws IOException {
        FileTime written = Files.getLastModifiedTime(queries);
        Files.writeString(queries, "class UsersQueriez {}\n");
        Files.setLastModifiedTime(queries, FileTime.fromMillis(written.toMillis() + 2_000));
        assertFalse(GenerationStamp.isCurrent(stamp, FINGERPRINT, out));
    }

    @Test
    void aHandWrittenFileBesideTheGeneratedOnesChangesNothing() throws IOException {
        Files.writeString(out.resolve("com/example/Keep.java"), "class Keep {}\n");
        assertTrue(GenerationStamp.isCurrent(stamp, FINGERPRINT, out));
    }

    @Test
    void aStampWithoutOutputStateIsNeverCurrent() throws IOException {
        // the one-line stamp an earlier version wrote
        Files.writeString(stamp, FINGERPRINT + "\n");
        assertFalse(GenerationStamp.isCurrent(stamp, FINGERPRINT, out));
    }

    @Test
    void aStampWrittenForAFolderWithoutManifestIsNeverCurrent() throws IOException {
        Path empty = tmp.resolve("empty");
        GenerationStamp.write(stamp, FINGERPRINT, empty);
        assertFalse(GenerationStamp.isCurrent(stamp, FINGERPRINT, empty));
    }
}

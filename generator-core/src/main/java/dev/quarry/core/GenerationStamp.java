package dev.quarry.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Remembers the {@link InputFingerprint} of the last successful generation in a file of the
 * build's own (never in the output folder, which may be checked in), so that a build can skip a
 * generation whose inputs did not change. Skipping also requires every file the output folder's
 * manifest lists to still be there: a deleted output folder is regenerated whatever the stamp says.
 */
public final class GenerationStamp {

    private GenerationStamp() {}

    /** Whether {@code stampFile} holds {@code fingerprint} and the output folder is complete. */
    public static boolean isCurrent(Path stampFile, String fingerprint, Path outputDir) throws IOException {
        if (!Files.isRegularFile(stampFile)
                || !Files.readString(stampFile, StandardCharsets.UTF_8).strip().equals(fingerprint)) {
            return false;
        }
        Path out = outputDir.toAbsolutePath().normalize();
        if (OutputWriter.needsRecovery(out) || !Files.isRegularFile(out.resolve(OutputManifest.FILE_NAME))) {
            return false;
        }
        Set<String> files = OutputManifest.read(out);
        return files.stream().allMatch(f -> Files.isRegularFile(out.resolve(f)));
    }

    public static void write(Path stampFile, String fingerprint) throws IOException {
        Files.createDirectories(stampFile.toAbsolutePath().getParent());
        Files.writeString(stampFile, fingerprint + "\n", StandardCharsets.UTF_8);
    }

    /** Forgets the last generation, so the next build generates. */
    public static void clear(Path stampFile) throws IOException {
        Files.deleteIfExists(stampFile);
    }
}

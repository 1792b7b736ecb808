package dev.quarry.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the {@link InputFingerprint} of the last successful generation in a file of the
 * build's own (never in the output folder, which may be checked in), so that a build can skip a
 * generation whose inputs did not change. Skipping also requires the output folder to be as that
 * generation left it: the stamp holds a hash of the path, size and modification time of every file
 * the folder's manifest lists (and of the manifest), so a deleted, edited or touched generated file
 * makes the next build generate again. Checking costs one file-attribute read per generated file,
 * no file contents.
 */
public final class GenerationStamp {
    private static final String OUTPUTS = "outputs ";

    private GenerationStamp() {}

    /** Whether {@code stampFile} holds {@code fingerprint} and the output folder is as the stamped generation left it. */
    public static boolean isCurrent(Path stampFile, String fingerprint, Path outputDir) throws IOException {
        if (!Files.isRegularFile(stampFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
        if (lines.size() != 2 || !lines.get(0).equals(fingerprint)) {
            return false;
        }
        Optional<String> outputs = outputState(outputDir);
        return outputs.isPresent() && lines.get(1).equals(OUTPUTS + outputs.get());
    }

    /** Records a successful generation into {@code outputDir}; call it after the files are written. */
    public static void write(Path stampFile, String fingerprint, Path outputDir) throws IOException {
        // without a complete output folder the stamp holds no state and so is never current
        String outputs = outputState(outputDir).map(s -> OUTPUTS + s + "\n").orElse("");
        Files.createDirectories(stampFile.toAbsolutePath().getParent());
        Files.writeString(stampFile, fingerprint + "\n" + outputs, StandardCharsets.UTF_8);
    }

    /** Forgets the last generation, so the next build generates. */
    public static void clear(Path stampFile) throws IOException {
        Files.deleteIfExists(stampFile);
    }

    /**
     * A hash of the manifest's and every listed file's path, size and modification time; empty when
     * the folder has no manifest, a listed file is missing or not a regular file, or a killed write
     * left something to recover.
     */
    private static Optional<String> outputState(Path outputDir) throws IOException {
        Path out = outputDir.toAbsolutePath().normalize();
        if (OutputWriter.needsRecovery(out) || !Files.isRegularFile(out.resolve(OutputManifest.FILE_NAME))) {
            return Optional.empty();
        }
        MessageDigest digest = InputFingerprint.sha256();
        if (!addFile(digest, out, OutputManifest.FILE_NAME)) {
            return Optional.empty();
        }
        for (String file : OutputManifest.read(out)) {
            if (!addFile(digest, out, file)) {
                return Optional.empty();
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static boolean addFile(MessageDigest digest, Path out, String relativePath) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(out.resolve(relativePath), BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile()) {
            return false;
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        digest.update(relativePath.getBytes(StandardCharsets.UTF_8));
        digest.update(ByteBuffer.allocate(25).put((byte) 0).putLong(attributes.size())
                .putLong(modified.getEpochSecond()).putLong(modified.getNano()).flip());
        return true;
    }
}

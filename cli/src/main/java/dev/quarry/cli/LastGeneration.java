package dev.quarry.cli;

import dev.quarry.core.GenerationStamp;
import dev.quarry.core.InputFingerprint;
import dev.quarry.core.config.QuarryConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The CLI's record of a config's last successful generation, as the Maven plugin keeps it (a
 * {@link GenerationStamp}): in {@value #FOLDER} beside the config file, one stamp per output
 * folder. The folder holds a {@code .gitignore} of its own, so it never shows up as a change.
 */
final class LastGeneration {
    static final String FOLDER = ".quarry";
    private static final String GITIGNORE = "# Created by Quarry: the CLI's record of its last generation.\n*\n";

    private final Path stamp;
    /** Null when an input cannot be read: the generation then reports it, and nothing is skipped. */
    private final @Nullable String fingerprint;
    private final Path outputDir;

    private LastGeneration(Path stamp, @Nullable String fingerprint, Path outputDir) {
        this.stamp = stamp;
        this.fingerprint = fingerprint;
        this.outputDir = outputDir;
    }

    static LastGeneration of(QuarryConfig config) {
        Path out = config.outputDir().toAbsolutePath().normalize();
        Path stamp = config.baseDir().resolve(FOLDER).resolve("generate-" + shortHash(out.toString()) + ".sha256");
        @Nullable String fingerprint;
        try {
            fingerprint = InputFingerprint.of(config);
        } catch (UncheckedIOException e) {
            fingerprint = null;
        }
        return new LastGeneration(stamp, fingerprint, out);
    }

    /** Whether the inputs and the generated files are as the last successful generation left them. */
    boolean unchanged() {
        try {
            return fingerprint != null && GenerationStamp.isCurrent(stamp, fingerprint, outputDir);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records a successful generation; a failure costs only the next run's skip, so it is a warning. */
    void record(PrintWriter err) {
        if (fingerprint == null) {
            return;
        }
        try {
            Path folder = stamp.getParent();
            Files.createDirectories(folder);
            Path gitignore = folder.resolve(".gitignore");
            if (!Files.exists(gitignore)) {
                Files.writeString(gitignore, GITIGNORE, StandardCharsets.UTF_8);
            }
            GenerationStamp.write(stamp, fingerprint, outputDir);
        } catch (IOException e) {
            err.println("quarry: warning: cannot record this generation in " + stamp + " (" + e
                    + "); the next run generates again");
        }
    }

    /** 16 hex digits naming an output folder: stable, and safe as a file name whatever the path. */
    private static String shortHash(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

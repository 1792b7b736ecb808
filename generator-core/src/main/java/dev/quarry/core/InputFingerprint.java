package dev.quarry.core;

import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.source.SourceDiscovery;
import dev.quarry.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A content hash of everything a generation depends on: the configuration (every field of
 * {@link QuarryConfig}), the path and text of every schema and query file, and the generator's
 * version. Equal fingerprints mean a generation would produce the same files, so a build may skip
 * it. A snapshot version says little about the code, so for one the generator's own classes (its
 * jar, or its class folder in a reactor build) are hashed as well.
 */
public final class InputFingerprint {

    private InputFingerprint() {}

    /** The fingerprint as 64 hex digits. */
    public static String of(QuarryConfig config) {
        MessageDigest digest = sha256();
        update(digest, "config", config.toString());
        update(digest, "generator", generatorIdentity());
        hashFiles(digest, "schema", SourceDiscovery.discover(config.schema(), config.baseDir()));
        hashFiles(digest, "queries", SourceDiscovery.discover(config.queries(), config.baseDir()));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void hashFiles(MessageDigest digest, String role, List<SourceFile> files) {
        update(digest, role, Integer.toString(files.size()));
        for (SourceFile file : files) {
            update(digest, "path", file.path().toAbsolutePath().normalize().toString());
            update(digest, "text", file.text());
        }
    }

    /** Length-prefixed so that no two different inputs hash the same bytes. */
    private static void update(MessageDigest digest, String key, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(key.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    /** The generator version, and for a snapshot a hash of the generator's classes. */
    static String generatorIdentity() {
        String version = version();
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        return version + " " + codeHash();
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = InputFingerprint.class.getResourceAsStream("generator-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown-SNAPSHOT");
    }

    private static String codeHash() {
        CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "no-code-source";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            MessageDigest digest = sha256();
            if (Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                digest.update(Files.readAllBytes(location));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // unknown code: never equal to a stored fingerprint's, so the build regenerates
            return "unreadable-code-source " + System.nanoTime();
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

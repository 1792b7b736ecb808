package dev.quarry.core;

import dev.quarry.core.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a generation with what is on disk in the output folder, without writing: the core of
 * {@code check} for checked-in generated sources. The folder's {@value OutputManifest#FILE_NAME}
 * says which files on disk are Quarry's, so a file generated before and no longer generated is
 * reported as one to remove, and hand-written files beside them are never reported. A write that a
 * killed process left half done is recovered first ({@link OutputWriter#recover}).
 */
public final class OutputCheck {

    /** One file that differs: added (not on disk yet), changed, or removed (no longer generated). */
    public record FileDrift(Change change, String path, String diff) {}

    public enum Change {
        ADDED("added"), CHANGED("changed"), REMOVED("removed");

        private final String word;

        Change(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** What differs, in path order; empty when the folder is exactly what would be generated. */
    public record Result(List<FileDrift> drift) {
        public Result {
            drift = List.copyOf(drift);
        }

        public boolean upToDate() {
            return drift.isEmpty();
        }
    }

    private static final int DIFF_LINES = 20;

    private OutputCheck() {}

    /** Compares; a generation with errors is not comparable and is the caller's to report. */
    public static Result check(Quarry.Generation generation, Path outputDir) throws IOException {
        if (generation.hasErrors()) {
            throw new IllegalArgumentException("a generation with errors cannot be checked");
        }
        Path out = outputDir.toAbsolutePath().normalize();
        // a write killed earlier is finished or undone first, so the folder holds one whole set
        OutputWriter.recover(out);
        Map<String, String> expected = new TreeMap<>();
        for (GeneratedFile file : generation.files()) {
            expected.put(file.relativePath(), file.content());
        }
        expected.put(OutputManifest.FILE_NAME, OutputManifest.render(expected.keySet()));
        Map<String, FileDrift> drift = new TreeMap<>();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Path onDisk = out.resolve(file.getKey());
            if (!Files.isRegularFile(onDisk)) {
                drift.put(file.getKey(), new FileDrift(Change.ADDED, file.getKey(),
                        UnifiedDiff.excerpt(file.getKey(), "", file.getValue(), DIFF_LINES)));
                continue;
            }
            String actual = Files.readString(onDisk, StandardCharsets.UTF_8);
            if (!actual.equals(file.getValue())) {
                drift.put(file.getKey(), new FileDrift(Change.CHANGED, file.getKey(),
                        UnifiedDiff.excerpt(file.getKey(), actual, file.getValue(), DIFF_LINES)));
            }
        }
        Set<String> previous = OutputManifest.read(out);
        for (String path : previous) {
            Path onDisk = out.resolve(path);
            if (!expected.containsKey(path) && Files.isRegularFile(onDisk)) {
                String actual = Files.readString(onDisk, StandardCharsets.UTF_8);
                drift.put(path, new FileDrift(Change.REMOVED, path, UnifiedDiff.excerpt(path, actual, "", DIFF_LINES)));
            }
        }
        return new Result(new ArrayList<>(drift.values()));
    }

    /**
     * The report: one line per file, then each file's diff excerpt, then how to refresh.
     *
     * @param refreshCommand the command that regenerates the folder, for example {@code mvn quarry:generate}
     */
    public static String render(Result result, String folder, String refreshCommand) {
        StringBuilder text = new StringBuilder();
        text.append("generated sources in ").append(folder).append(" are not what Quarry generates now (")
                .append(result.drift().size()).append(result.drift().size() == 1 ? " file" : " files").append("):\n");
        for (FileDrift file : result.drift()) {
            text.append("  ").append(file.change().word()).append(": ").append(file.path()).append('\n');
        }
        for (FileDrift file : result.drift()) {
            text.append('\n').append(file.diff());
        }
        text.append("\nrun ").append(refreshCommand).append(" and commit the result\n");
        return text.toString();
    }
}

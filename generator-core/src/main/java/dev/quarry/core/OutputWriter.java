package dev.quarry.core;

import dev.quarry.core.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a generation's files into the output folder, all or nothing. Changed files are first
 * written completely into a staging folder next to the output folder (same file system, so the
 * moves are renames); then the files they replace and the files no longer generated are moved
 * aside into a backup folder and the new ones moved in, with an {@link OutputJournal} beside the
 * output folder recording the write. A failure rolls the folder back at once; a killed process
 * leaves the journal, and the next {@link #write} or {@link #recover} finishes or undoes the write
 * before anything else. So the folder always holds the complete previous or the complete new set.
 * A new output folder is staged whole and renamed into place at once.
 * Unchanged files are not touched, so build tools see no new timestamps. Which files are Quarry's
 * is read from {@value OutputManifest#FILE_NAME} in the output folder; no other file is ever moved
 * or removed.
 */
public final class OutputWriter {

    /** What a write did, as relative paths in sorted order. */
    public record WriteResult(List<String> written, List<String> unchanged, List<String> removed) {
        public WriteResult {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            removed = List.copyOf(removed);
        }

        static final WriteResult NOTHING = new WriteResult(List.of(), List.of(), List.of());

        /** Whether anything on disk changed. */
        public boolean changedAnything() {
            return !written.isEmpty() || !removed.isEmpty();
        }
    }

    /** Called after each move of a write; tests make it fail to stop a write at every step. */
    static volatile Runnable afterEachMove = () -> {};

    private OutputWriter() {}

    /**
     * Finishes or undoes a write that an earlier, killed process left beside the output folder,
     * so the folder holds one complete set of generated files. {@link #write} does this itself;
     * {@code check} calls it before comparing.
     *
     * @return whether there was anything to recover
     */
    public static boolean recover(Path outputDir) throws IOException {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.getParent() != null && new OutputJournal(out).recover();
    }

    /** Whether a killed write left something for {@link #recover} beside the output folder. */
    public static boolean needsRecovery(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.getParent() != null && new OutputJournal(out).leftovers();
    }

    /**
     * Writes the files of a generation. A generation with errors writes nothing and returns an
     * empty result: on any error the output folder stays as it was.
     *
     * @throws IllegalArgumentException when a generated path is not a plain relative path (an
     *     emitter bug)
     */
    public static WriteResult write(Quarry.Generation generation, Path outputDir) throws IOException {
        if (generation.hasErrors()) {
            return WriteResult.NOTHING;
        }
        Map<String, byte[]> files = contents(generation.files());
        Path out = outputDir.toAbsolutePath().normalize();
        if (out.getParent() == null) {
            throw new IOException("cannot generate into a file system root: " + out);
        }
        OutputJournal journal = new OutputJournal(out);
        journal.recover();
        Set<String> previous = OutputManifest.read(out);

        Map<String, byte[]> changed = new LinkedHashMap<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (hasContent(out.resolve(file.getKey()), file.getValue())) {
                unchanged.add(file.getKey());
            } else {
                changed.put(file.getKey(), file.getValue());
            }
        }
        List<String> orphans = new ArrayList<>();
        for (String path : previous) {
            if (!files.containsKey(path) && Files.isRegularFile(out.resolve(path))) {
                orphans.add(path);
            }
        }
        byte[] manifest = OutputManifest.render(files.keySet()).getBytes(StandardCharsets.UTF_8);
        if (!hasContent(out.resolve(OutputManifest.FILE_NAME), manifest)) {
            changed.put(OutputManifest.FILE_NAME, manifest);
        }
        if (!changed.isEmpty() || !orphans.isEmpty()) {
            replace(out, journal, changed, orphans);
        }
        changed.remove(OutputManifest.FILE_NAME);
        return new WriteResult(List.copyOf(changed.keySet()), unchanged, orphans);
    }

    /**
     * Stages every changed file, journals the plan, moves old files aside and new ones in, commits.
     * Until the journal exists the output folder is untouched; a failure after it rolls back.
     */
    private static void replace(Path out, OutputJournal journal, Map<String, byte[]> changed, List<String> orphans)
            throws IOException {
        Files.createDirectories(out.getParent());
        List<OutputJournal.Entry> entries = new ArrayList<>();
        Set<Path> folders = new HashSet<>();
        boolean newFolder = !Files.exists(out);
        try {
            for (Map.Entry<String, byte[]> file : changed.entrySet()) {
                Path target = out.resolve(file.getKey());
                boolean exists = !newFolder && Files.exists(target);
                if (exists && Files.isDirectory(target)) {
                    throw new IOException("cannot write generated file " + target + ": a folder is in the way");
                }
                Path staged = journal.staging.resolve(file.getKey());
                createFolder(staged.getParent(), folders);
                Files.write(staged, file.getValue());
                entries.add(new OutputJournal.Entry(OutputJournal.Op.WRITE, exists, file.getKey()));
            }
            for (String path : orphans) {
                entries.add(new OutputJournal.Entry(OutputJournal.Op.REMOVE, true, path));
            }
            if (newFolder) {
                // nothing to keep: the staging folder becomes the output folder in one rename, so a
                // kill leaves either no output folder (and a staging folder the next run deletes) or all
                OutputJournal.move(journal.staging, out);
                return;
            }
        } catch (IOException | RuntimeException e) {
            OutputJournal.deleteTree(journal.staging);
            throw e;
        }
        journal.record(OutputJournal.State.MOVING, entries);
        try {
            Files.createDirectories(out);
            for (OutputJournal.Entry e : entries) {
                Path target = out.resolve(e.path());
                if (e.hadFile()) {
                    Path aside = journal.backup.resolve(e.path());
                    createFolder(aside.getParent(), folders);
                    OutputJournal.move(target, aside);
                }
                if (e.op() == OutputJournal.Op.WRITE) {
                    createFolder(target.getParent(), folders);
                    OutputJournal.move(journal.staging.resolve(e.path()), target);
                }
                afterEachMove.run();
            }
            journal.record(OutputJournal.State.COMMITTED, entries);
        } catch (IOException | RuntimeException e) {
            try {
                journal.recover();
            } catch (IOException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        journal.finish(entries);
    }

    /**
     * Creates a folder and its parents once per write: most files share their folder, and
     * {@link Files#createDirectories} on an existing folder costs a failed system call and an exception.
     */
    private static void createFolder(Path folder, Set<Path> created) throws IOException {
        if (created.add(folder)) {
            Files.createDirectories(folder);
        }
    }

    /** The files by relative path, sorted, each path checked; a path given twice is a bug. */
    private static Map<String, byte[]> contents(List<GeneratedFile> generated) {
        Map<String, byte[]> files = new TreeMap<>();
        for (GeneratedFile file : generated) {
            if (!OutputManifest.isSafeRelativePath(file.relativePath())) {
                throw new IllegalArgumentException("generated file path is not a plain relative path: "
                        + file.relativePath());
            }
            if (files.put(file.relativePath(), file.content().getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("file generated twice: " + file.relativePath());
            }
        }
        return files;
    }

    private static boolean hasContent(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content);
    }

    /** Folders emptied by our removals go too; folders that were empty before are left alone. */
    static void removeEmptyParents(Path out, Path folder) throws IOException {
        Path dir = folder;
        while (dir != null && dir.startsWith(out) && !dir.equals(out) && isEmptyFolder(dir)) {
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}

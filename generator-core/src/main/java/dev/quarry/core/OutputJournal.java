package dev.quarry.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of one write in progress, kept in a file beside the output folder
 * ({@code .<out>.quarry-journal}) together with two sibling folders: {@code .<out>.quarry-staging}
 * holding the new files, {@code .<out>.quarry-backup} holding the files they replace or that are
 * removed. The journal is written (atomically: a temporary file renamed over it) after staging is
 * complete and before the first file in the output folder is touched, and rewritten with state
 * {@link State#COMMITTED} after the last move. A process killed at any moment therefore leaves one
 * of: no journal (the output folder untouched), a journal {@link State#MOVING} (rolled back: every
 * file in the backup folder goes back, every file that was new is removed), or a journal
 * {@link State#COMMITTED} (rolled forward: only the backup and staging folders are left to delete).
 * Recovery is idempotent, so a kill during recovery is recovered by the next run. Only paths the
 * journal names are touched; foreign files in the output folder never move.
 *
 * <p>It protects against a killed or failing process, not against a power loss: files are not
 * forced to the disk.
 */
final class OutputJournal {
    private static final String HEADER = "quarry-journal 1";

    enum State { MOVING, COMMITTED }

    /** One file of the write: replaced or created ({@code hadFile} says whether it existed), or removed. */
    record Entry(Op op, boolean hadFile, String path) {}

    enum Op { WRITE, REMOVE }

    private final Path out;
    private final Path journal;
    final Path staging;
    final Path backup;

    OutputJournal(Path out) {
        this.out = out;
        Path parent = out.getParent();
        String name = "." + out.getFileName();
        this.journal = parent.resolve(name + ".quarry-journal");
        this.staging = parent.resolve(name + ".quarry-staging");
        this.backup = parent.resolve(name + ".quarry-backup");
    }

    boolean pending() {
        return Files.exists(journal);
    }

    /** Whether anything of an earlier write is left beside the output folder. */
    boolean leftovers() {
        return Files.exists(journal) || Files.exists(staging) || Files.exists(backup);
    }

    void record(State state, List<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("state ").append(state).append('\n');
        for (Entry e : entries) {
            text.append(e.op() == Op.WRITE ? (e.hadFile() ? "replace " : "create ") : "remove ")
                    .append(e.path()).append('\n');
        }
        Path temporary = journal.resolveSibling(journal.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        move(temporary, journal);
    }

    /**
     * Finishes or undoes a leftover write, then removes its staging and backup folders.
     *
     * @return whether there was anything to recover
     */
    boolean recover() throws IOException {
        if (!pending()) {
            boolean stray = Files.exists(staging) || Files.exists(backup);
            // a write killed before its journal existed had not touched the output folder
            deleteTree(staging);
            deleteTree(backup);
            Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".tmp"));
            return stray;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("state ")) {
            throw new IOException("unreadable Quarry journal " + journal + "; restore the output folder "
                    + out + " from " + backup + " by hand and delete the journal");
        }
        State state = State.valueOf(lines.get(1).substring("state ".length()).strip());
        List<Entry> entries = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            int space = line.indexOf(' ');
            String word = line.substring(0, space);
            String path = line.substring(space + 1);
            if (!OutputManifest.isSafeRelativePath(path) && !path.equals(OutputManifest.FILE_NAME)) {
                throw new IOException("Quarry journal " + journal + " names an unsafe path: " + path);
            }
            entries.add(new Entry(word.equals("remove") ? Op.REMOVE : Op.WRITE, word.equals("replace"), path));
        }
        if (state == State.COMMITTED) {
            finish(entries);
        } else {
            rollBack(entries);
        }
        return true;
    }

    /** After the commit: drop the old files, tidy folders emptied by removals, forget the journal. */
    void finish(List<Entry> entries) throws IOException {
        deleteTree(backup);
        deleteTree(staging);
        for (Entry e : entries) {
            if (e.op() == Op.REMOVE) {
                OutputWriter.removeEmptyParents(out, out.resolve(e.path()).getParent());
            }
        }
        Files.delete(journal);
    }

    /** Puts every file back as it was before the write, newest move first. */
    void rollBack(List<Entry> entries) throws IOException {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            Path target = out.resolve(e.path());
            Path old = backup.resolve(e.path());
            if (e.op() == Op.REMOVE || e.hadFile()) {
                if (Files.exists(old)) {
                    Files.createDirectories(target.getParent());
                    move(old, target);
                }
            } else if (!Files.exists(staging.resolve(e.path()))) {
                // created by this write (its staged copy was moved in): remove it again
                Files.deleteIfExists(target);
                OutputWriter.removeEmptyParents(out, target.getParent());
            }
        }
        deleteTree(staging);
        deleteTree(backup);
        Files.delete(journal);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

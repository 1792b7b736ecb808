package dev.quarry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quarry.core.emit.GeneratedFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write stopped at any moment leaves, after recovery, exactly the previous or exactly the new set
 * of generated files, and every foreign file as it was.
 */
class AtomicOutputTest {
    private static final int KILL_FILES = 2000;
    private static final int KILLS = 6;

    @TempDir
    Path tmp;

    @AfterEach
    void resetHook() {
        OutputWriter.afterEachMove = () -> {};
    }

    private Path out() {
        return tmp.resolve("generated");
    }

    private static Quarry.Generation generation(List<GeneratedFile> files) {
        return new Quarry.Generation(files, List.of(), 0);
    }

    /** What a folder holding exactly this generation (and the foreign files) looks like. */
    private static Map<String, String> expected(List<GeneratedFile> files, Map<String, String> foreign) {
        Map<String, String> tree = new TreeMap<>(foreign);
        List<String> paths = new ArrayList<>();
        for (GeneratedFile f : files) {
            tree.put(f.relativePath(), f.content());
            paths.add(f.relativePath());
        }
        tree.put(OutputManifest.FILE_NAME, OutputManifest.render(paths));
        return tree;
    }

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

    private Map<String, String> foreignFiles() throws IOException {
        Map<String, String> foreign = Map.of(
                "README.txt", "mine",
                "com/example/p3/HandWritten.java", "class HandWritten {}",
                "com/example/p7/Notes.md", "a package whose generated files all go away");
        for (Map.Entry<String, String> f : foreign.entrySet()) {
            Path p = out().resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return foreign;
    }

    private void assertSiblingsClean() throws IOException {
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(out()), siblings.toList(), "no journal, staging or backup left");
        }
    }

    /** Stops the write after each single move in turn (an Error, as nothing catches it) and recovers. */
    @Test
    void writeStoppedAfterEveryMoveRecoversToOldOrNew() throws IOException {
        List<GeneratedFile> old = KilledWriteChild.synthetic("old", 60);
        List<GeneratedFile> fresh = KilledWriteChild.synthetic("new", 60);
        Map<String, String> foreign = foreignFiles();
        Map<String, String> oldTree = expected(old, foreign);
        Map<String, String> newTree = expected(fresh, foreign);
        int moves = 0;
        for (int stopAt = 1; ; stopAt++) {
            OutputWriter.afterEachMove = () -> {};
            OutputWriter.write(generation(old), out());
            assertEquals(oldTree, tree(out()));
            int[] count = {0};
            int limit = stopAt;
            OutputWriter.afterEachMove = () -> {
                if (++count[0] == limit) {
                    throw new StopHere();
                }
            };
            try {
                OutputWriter.write(generation(fresh), out());
                moves = count[0];
                break;
            } catch (StopHere expectedStop) {
                // the process "died" here: the journal is left
            }
            OutputWriter.afterEachMove = () -> {};
            assertTrue(OutputWriter.needsRecovery(out()));
            assertTrue(OutputWriter.recover(out()));
            Map<String, String> after = tree(out());
            assertTrue(after.equals(oldTree), "stopped after move " + stopAt + ": rolled back to the old set");
            assertSiblingsClean();
        }
        assertEquals(newTree, tree(out()));
        assertTrue(moves > 40, "a step per changed or removed file: " + moves);
        assertSiblingsClean();
    }

    @Test
    void aNewOutputFolderAppearsWholeInOneRename() throws IOException {
        List<GeneratedFile> fresh = KilledWriteChild.synthetic("new", 40);
        OutputWriter.WriteResult result = OutputWriter.write(generation(fresh), out());
        assertEquals(expected(fresh, Map.of()), tree(out()));
        assertEquals(fresh.size(), result.written().size());
        assertSiblingsClean();

        // killed while staging, before the rename: no output folder, and the next run removes the staging folder
        Path other = tmp.resolve("other");
        OutputJournal journal = new OutputJournal(other.toAbsolutePath().normalize());
        Files.createDirectories(journal.staging.resolve("com/example"));
        Files.writeString(journal.staging.resolve("com/example/Half.java"), "class Half {");
        assertTrue(OutputWriter.needsRecovery(other));
        assertTrue(OutputWriter.recover(other));
        assertFalse(Files.exists(journal.staging));
        assertFalse(Files.exists(other));
    }

    @Test
    void writeStoppedAfterTheCommitRecoversForward() throws IOException {
        List<GeneratedFile> old = KilledWriteChild.synthetic("old", 40);
        List<GeneratedFile> fresh = KilledWriteChild.synthetic("new", 40);
        Map<String, String> foreign = foreignFiles();
        OutputWriter.write(generation(old), out());
        OutputJournal journal = new OutputJournal(out().toAbsolutePath().normalize());
        // simulate a kill between the commit record and the clean-up: write, then put back leftovers
        OutputWriter.write(generation(fresh), out());
        Files.createDirectories(journal.backup.resolve("com/example/p0"));
        Files.writeString(journal.backup.resolve("com/example/p0/F0.java"), "old file 0");
        journal.record(OutputJournal.State.COMMITTED,
                List.of(new OutputJournal.Entry(OutputJournal.Op.REMOVE, true, "com/example/p0/F0.java")));

        assertTrue(OutputWriter.recover(out()));
        assertEquals(expected(fresh, foreign), tree(out()));
        assertSiblingsClean();
    }

    @Test
    void checkRecoversALeftoverWriteFirst() throws IOException {
        List<GeneratedFile> old = KilledWriteChild.synthetic("old", 30);
        OutputWriter.write(generation(old), out());
        OutputWriter.afterEachMove = () -> {
            throw new StopHere();
        };
        assertThrows(StopHere.class, () -> OutputWriter.write(generation(KilledWriteChild.synthetic("new", 30)), out()));
        OutputWriter.afterEachMove = () -> {};

        assertTrue(OutputCheck.check(generation(old), out()).upToDate());
        assertSiblingsClean();
    }

    @Test
    void failureDuringTheMovesRollsBackAtOnce() throws IOException {
        List<GeneratedFile> old = KilledWriteChild.synthetic("old", 30);
        Map<String, String> foreign = foreignFiles();
        OutputWriter.write(generation(old), out());
        int[] count = {0};
        OutputWriter.afterEachMove = () -> {
            if (++count[0] == 10) {
                throw new IllegalStateException("disk trouble");
            }
        };
        assertThrows(IllegalStateException.class,
                () -> OutputWriter.write(generation(KilledWriteChild.synthetic("new", 30)), out()));

        assertEquals(expected(old, foreign), tree(out()));
        assertSiblingsClean();
    }

    /**
     * A child JVM writing thousands of files is killed at spread-out random moments of its write;
     * after each kill, recovery leaves exactly the old or the new set, and foreign files intact.
     */
    @Test
    void childKilledAtRandomMomentsLeavesOldOrNewSet() throws Exception {
        List<GeneratedFile> old = KilledWriteChild.synthetic("old", KILL_FILES);
        List<GeneratedFile> fresh = KilledWriteChild.synthetic("new", KILL_FILES);
        Map<String, String> foreign = foreignFiles();
        Map<String, String> oldTree = expected(old, foreign);
        Map<String, String> newTree = expected(fresh, foreign);

        OutputWriter.write(generation(old), out());
        long fullWrite = runChild(-1);
        assertEquals(newTree, tree(out()), "an unkilled child writes the new set");

        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            OutputWriter.write(generation(old), out());
            assertEquals(oldTree, tree(out()));
            // spread the kills over the whole write, with some after it too
            long delayMicros = (long) (fullWrite * (i + random.nextDouble()) / KILLS * 1.2);
            runChild(delayMicros);
            String state = OutputWriter.needsRecovery(out()) ? "leftovers" : "clean";
            OutputWriter.recover(out());
            Map<String, String> after = tree(out());
            String which = after.equals(oldTree) ? "old" : after.equals(newTree) ? "new" : null;
            if (which == null) {
                fail("seed " + seed + ", kill " + i + " after " + delayMicros + " us: a mix of old and new files");
            }
            outcomes.add(delayMicros / 1000 + "ms:" + state + "->" + which);
            assertSiblingsClean();
        }
        System.out.println("AtomicOutputTest: seed " + seed + ", full write " + fullWrite / 1000 + " ms, kills " + outcomes);
    }

    /**
     * Runs the child writing the new set; kills it {@code killAfterMicros} after it says it starts
     * writing, or lets it finish when negative.
     *
     * @return microseconds from "writing" to the end of the process
     */
    private long runChild(long killAfterMicros) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                KilledWriteChild.class.getName(), out().toString(), "new", Integer.toString(KILL_FILES))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            assertEquals("writing", line, "child output");
            long started = System.nanoTime();
            if (killAfterMicros >= 0) {
                TimeUnit.MICROSECONDS.sleep(killAfterMicros);
                child.destroyForcibly();
            } else {
                while (lines.readLine() != null) {
                    // the child's last line
                }
            }
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child ended");
            if (killAfterMicros < 0) {
                assertEquals(0, child.exitValue());
            }
            return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);
        } finally {
            child.destroyForcibly();
        }
    }

    private static final class StopHere extends Error {
        StopHere() {
            super("stopped here", null, false, false);
        }
    }
}

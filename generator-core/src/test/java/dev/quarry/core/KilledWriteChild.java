package dev.quarry.core;

import dev.quarry.core.emit.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link AtomicOutputTest}: writes one synthetic generation into a folder and
 * says {@code writing} just before, so the parent can kill it somewhere inside the write.
 * Arguments: output folder, {@code old} or {@code new}, file count.
 */
public final class KilledWriteChild {
    private KilledWriteChild() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Quarry.Generation generation = new Quarry.Generation(synthetic(args[1], Integer.parseInt(args[2])), List.of(), 0);
        System.out.println("writing");
        System.out.flush();
        OutputWriter.write(generation, out);
        System.out.println("done");
    }

    /**
     * The old set: files 0..n-1 in 20 packages. The new set: two thirds of them changed, every
     * tenth removed (with whole packages gone), and n/5 new files in new packages.
     */
    static List<GeneratedFile> synthetic(String variant, int n) {
        boolean fresh = variant.equals("new");
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int pkg = i % 20;
            if (fresh && (i % 10 == 0 || pkg == 7)) {
                continue;
            }
            String content = (fresh && i % 3 != 0 ? "new " : "old ") + "file " + i + "\n" + "x".repeat(200 + i % 500);
            files.add(new GeneratedFile("com/example/p" + pkg + "/F" + i + ".java", content));
        }
        if (fresh) {
            for (int i = 0; i < n / 5; i++) {
                files.add(new GeneratedFile("com/example/added" + (i % 7) + "/N" + i + ".java", "added " + i + "\n"));
            }
        }
        return files;
    }
}

package dev.quarry.core.golden;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs Quarry over every golden folder and compares the generated files, the rendered diagnostics
 * and the {@code analyze --json} output with the folder's expectations, byte for byte. With
 * {@code -Dquarry.golden.update=true} it rewrites the expectations instead, except for the folders
 * in KNOWN-FAILURES.txt, whose expectations are written by hand because the generator gets them
 * wrong.
 */
class GoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("quarry.golden.update");

    @TestFactory
    Stream<DynamicTest> goldenFolders() {
        KnownFailures known = KnownFailures.load();
        List<GoldenFolder> folders = GoldenFolder.all();
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.id(), folder.dir().toUri(), () -> {
            String why = known.golden().get(folder.id());
            if (why != null) {
                assertThrows(AssertionError.class, () -> compare(folder),
                        folder.id() + " is listed in KNOWN-FAILURES.txt (" + why + ") but now passes: remove it from the list");
            } else if (UPDATE) {
                folder.overwrite(folder.run());
            } else {
                compare(folder);
            }
        }));
    }

    static void compare(GoldenFolder folder) {
        GoldenFolder.Outcome outcome = folder.run();
        TextDiff.assertSameText(folder.id() + " " + GoldenFolder.EXPECTED_DIAGNOSTICS,
                folder.expectedDiagnostics(), outcome.diagnostics());
        TextDiff.assertSameFiles(folder.id() + " " + GoldenFolder.EXPECTED_TREE, folder.expectedFiles(), outcome.files());
        TextDiff.assertSameText(folder.id() + " " + GoldenFolder.EXPECTED_ANALYSIS,
                folder.expectedAnalysis().orElse("<no analysis: the run has errors>"),
                outcome.analysis().orElse("<no analysis: the run has errors>"));
    }
}

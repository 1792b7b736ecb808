package dev.quarry.core.golden;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Byte-for-byte comparison with a message that shows the first differing line. */
final class TextDiff {

    private TextDiff() {}

    static void assertSameText(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int line = 0;
        while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
            line++;
        }
        String expectedLine = line < e.size() ? e.get(line) : "<end of text>";
        String actualLine = line < a.size() ? a.get(line) : "<end of text>";
        if (line == e.size() && line == a.size()) {
            expectedLine = "(same lines; line endings or final newline differ)";
            actualLine = expectedLine;
        }
        throw new AssertionError(what + " differs at line " + (line + 1) + ":\n"
                + "  expected: " + expectedLine + "\n"
                + "  actual:   " + actualLine + "\n"
                + "--- whole actual text ---\n" + actual);
    }

    static void assertSameFiles(String what, Map<String, String> expected, Map<String, String> actual) {
        TreeSet<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        TreeSet<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new AssertionError(what + ": file lists differ; expected but not generated " + missing
                    + ", generated but not expected " + extra);
        }
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertSameText(what + " " + file.getKey(), file.getValue(), actual.get(file.getKey()));
        }
    }
}

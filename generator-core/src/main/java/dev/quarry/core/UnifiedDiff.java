package dev.quarry.core;

import java.util.List;

/**
 * A short unified diff of two texts: one hunk from the first to the last differing line, with
 * three lines of context, cut after a number of lines. Enough to show a reader what changed in a
 * generated file; not a general diff (changes far apart become one hunk).
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    static String excerpt(String path, String before, String after, int maxLines) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int start = Math.max(0, prefix - CONTEXT);
        int endA = Math.min(a.size(), a.size() - suffix + CONTEXT);
        int endB = Math.min(b.size(), b.size() - suffix + CONTEXT);
        StringBuilder text = new StringBuilder();
        text.append("--- ").append(before.isEmpty() ? "/dev/null" : "a/" + path).append('\n');
        text.append("+++ ").append(after.isEmpty() ? "/dev/null" : "b/" + path).append('\n');
        text.append("@@ -").append(range(start, endA)).append(" +").append(range(start, endB)).append(" @@\n");
        int printed = 0;
        int total = (prefix - start) + (a.size() - suffix - prefix) + (b.size() - suffix - prefix)
                + (endB - (b.size() - suffix));
        for (int i = start; i < prefix && printed < maxLines; i++, printed++) {
            text.append(' ').append(a.get(i)).append('\n');
        }
        for (int i = prefix; i < a.size() - suffix && printed < maxLines; i++, printed++) {
            text.append('-').append(a.get(i)).append('\n');
        }
        for (int i = prefix; i < b.size() - suffix && printed < maxLines; i++, printed++) {
            text.append('+').append(b.get(i)).append('\n');
        }
        for (int i = b.size() - suffix; i < endB && printed < maxLines; i++, printed++) {
            text.append(' ').append(b.get(i)).append('\n');
        }
        if (printed < total) {
            text.append("... (").append(total - printed).append(" more lines)\n");
        }
        return text.toString();
    }

    private static String range(int start, int end) {
        int count = end - start;
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : text.lines().toList();
    }
}

package dev.quarry.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A short unified diff of two texts, to show a reader what changed in a generated file: hunks with
 * three lines of context, cut after a number of lines. Lines are matched by a longest common
 * subsequence; for very large files, where that table would be too big, the differing middle
 * between the common first and last lines is shown as one hunk.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_TABLE = 4_000_000;

    private enum Op { KEEP, DELETE, INSERT }

    private record Edit(Op op, String line, int oldLine, int newLine) {}

    private UnifiedDiff() {}

    static String excerpt(String path, String before, String after, int maxLines) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Edit> edits = edits(a, b);
        StringBuilder text = new StringBuilder();
        text.append("--- ").append(before.isEmpty() ? "/dev/null" : "a/" + path).append('\n');
        text.append("+++ ").append(after.isEmpty() ? "/dev/null" : "b/" + path).append('\n');
        int printed = 0;
        int omitted = 0;
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.KEEP) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = hunkEnd(edits, i);
            if (printed >= maxLines) {
                omitted += end - start;
            } else {
                text.append(header(edits, start, end));
                for (int k = start; k < end; k++) {
                    if (printed < maxLines) {
                        Edit e = edits.get(k);
                        text.append(e.op() == Op.KEEP ? ' ' : e.op() == Op.DELETE ? '-' : '+').append(e.line()).append('\n');
                        printed++;
                    } else {
                        omitted++;
                    }
                }
            }
            i = end;
        }
        if (omitted > 0) {
            text.append("... (").append(omitted).append(" more lines)\n");
        }
        return text.toString();
    }

    /** The end (exclusive) of the hunk starting with the change at {@code i}: changes closer than 2 x context join. */
    private static int hunkEnd(List<Edit> edits, int i) {
        int lastChange = i;
        for (int k = i; k < edits.size() && k <= lastChange + 2 * CONTEXT; k++) {
            if (edits.get(k).op() != Op.KEEP) {
                lastChange = k;
            }
        }
        return Math.min(edits.size(), lastChange + 1 + CONTEXT);
    }

    private static String header(List<Edit> edits, int start, int end) {
        int oldCount = 0;
        int newCount = 0;
        for (int k = start; k < end; k++) {
            Op op = edits.get(k).op();
            oldCount += op == Op.INSERT ? 0 : 1;
            newCount += op == Op.DELETE ? 0 : 1;
        }
        Edit first = edits.get(start);
        return "@@ -" + range(first.oldLine(), oldCount) + " +" + range(first.newLine(), newCount) + " @@\n";
    }

    /** {@code start} is the 0-based line before which the hunk begins; unified diffs count from 1. */
    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            edits.add(new Edit(Op.KEEP, a.get(k), k, k));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) midA.size() * midB.size() <= MAX_TABLE) {
            lcsEdits(midA, midB, prefix, edits);
        } else {
            for (int k = 0; k < midA.size(); k++) {
                edits.add(new Edit(Op.DELETE, midA.get(k), prefix + k, prefix));
            }
            for (int k = 0; k < midB.size(); k++) {
                edits.add(new Edit(Op.INSERT, midB.get(k), prefix + midA.size(), prefix + k));
            }
        }
        for (int k = 0; k < suffix; k++) {
            int oldLine = a.size() - suffix + k;
            edits.add(new Edit(Op.KEEP, a.get(oldLine), oldLine, b.size() - suffix + k));
        }
        return edits;
    }

    private static void lcsEdits(List<String> a, List<String> b, int offset, List<Edit> edits) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Op.KEEP, a.get(i), offset + i, offset + j));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit(Op.DELETE, a.get(i), offset + i, offset + j));
                i++;
            } else {
                edits.add(new Edit(Op.INSERT, b.get(j), offset + i, offset + j));
                j++;
            }
        }
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : text.lines().toList();
    }
}

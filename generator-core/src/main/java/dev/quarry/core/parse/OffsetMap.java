package dev.quarry.core.parse;

import java.util.Arrays;

/**
 * Maps offsets in a rewritten text back to the text it was rewritten from. Between two marks the
 * texts are identical; each mark pairs a rewritten offset with its original offset.
 */
public final class OffsetMap {
    private final int[] rewritten;
    private final int[] original;

    private OffsetMap(int[] rewritten, int[] original) {
        this.rewritten = rewritten;
        this.original = original;
    }

    public int toOriginal(int offset) {
        int i = Arrays.binarySearch(rewritten, offset);
        if (i >= 0) {
            return original[i];
        }
        int before = -i - 2;
        return before < 0 ? offset : original[before] + (offset - rewritten[before]);
    }

    static final class Builder {
        private int[] rewritten = new int[8];
        private int[] original = new int[8];
        private int size;

        void mark(int rewrittenOffset, int originalOffset) {
            if (size == rewritten.length) {
                rewritten = Arrays.copyOf(rewritten, size * 2);
                original = Arrays.copyOf(original, size * 2);
            }
            rewritten[size] = rewrittenOffset;
            original[size] = originalOffset;
            size++;
        }

        OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(rewritten, size), Arrays.copyOf(original, size));
        }
    }
}

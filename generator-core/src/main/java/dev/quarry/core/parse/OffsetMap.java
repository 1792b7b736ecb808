package dev.quarry.core.parse;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Maps offsets in a rewritten text back to the text it was rewritten from. Between two marks the
 * texts are identical; each mark pairs a rewritten offset with its original offset.
 */
public final class OffsetMap {
    private final int[] rewritten;
    private final int[] original;
    /** Where the original text was itself rewritten from; null when it is the input. */
    private final @Nullable OffsetMap next;

    private OffsetMap(int[] rewritten, int[] original, @Nullable OffsetMap next) {
        this.rewritten = rewritten;
        this.original = original;
        this.next = next;
    }

    public int toOriginal(int offset) {
        int i = Arrays.binarySearch(rewritten, offset);
        int mapped;
        if (i >= 0) {
            mapped = original[i];
        } else {
            int before = -i - 2;
            mapped = before < 0 ? offset : original[before] + (offset - rewritten[before]);
        }
        return next == null ? mapped : next.toOriginal(mapped);
    }

    /** This map followed by {@code earlier}: for a text rewritten from a text that was itself rewritten. */
    OffsetMap then(OffsetMap earlier) {
        return new OffsetMap(rewritten, original, next == null ? earlier : next.then(earlier));
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
            return new OffsetMap(Arrays.copyOf(rewritten, size), Arrays.copyOf(original, size), null);
        }
    }
}

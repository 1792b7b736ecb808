package dev.quarry.core.parse;

/**
 * The parser's copy of one statement while {@link SqlParser} rewrites it (SQLite's {@code IS}
 * comparisons): the text with its rewrites so far and the offset map back to the input. Rewrites go
 * in left to right (each retry gets further), so the map's marks stay sorted; one left of the last
 * is refused.
 */
final class RetryText {
    private String current;
    private final OffsetMap.Builder toInput = new OffsetMap.Builder();
    /** How much longer the copy is than the input, left of {@link #lastEnd}. */
    private int shift;
    private int lastEnd;

    RetryText(String text) {
        this.current = text;
    }

    String current() {
        return current;
    }

    OffsetMap toInput() {
        return toInput.build();
    }

    /** Applies a rewrite; false when it lies left of the last edit. */
    boolean rewrite(IsComparison.Rewrite r) {
        if (r.at() < lastEnd) {
            return false;
        }
        int original = r.at() - shift;
        // the new words all map to where the words they stand for begin; after them the shift grows
        for (int i = 0; i < r.inserted().length(); i++) {
            toInput.mark(r.at() + i, original);
        }
        toInput.mark(r.at() + r.inserted().length(), original + r.removed());
        current = r.applyTo(current);
        shift += r.inserted().length() - r.removed();
        lastEnd = r.at() + r.inserted().length();
        return true;
    }
}

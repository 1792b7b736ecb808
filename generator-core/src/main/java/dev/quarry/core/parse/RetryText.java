package dev.quarry.core.parse;

import dev.quarry.core.source.LexicalScanner;
import dev.quarry.core.source.LineIndex;
import net.sf.jsqlparser.parser.Token;

/**
 * The parser's copy of one statement while {@link SqlParser} retries it: the text with its edits so
 * far and the offset map back to the input. Edits go in left to right (each retry gets further), so
 * the map's marks stay sorted; an edit left of the last one is refused.
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

    /** Quotes the word the token stands for; false when it is not a whole word right of the last edit. */
    boolean quote(Token word, char quote) {
        int at = LineIndex.of(current).offset(word.beginLine, word.beginColumn);
        if (at < lastEnd || !current.regionMatches(true, at, word.image, 0, word.image.length())
                || (at > 0 && LexicalScanner.isIdentifierPart(current.charAt(at - 1)))) {
            return false;
        }
        int end = at + word.image.length();
        // positions before the word are unchanged; inside it shift by one; after it by two
        toInput.mark(at, at - shift);
        toInput.mark(at + 1, at - shift);
        toInput.mark(end + 1, end - shift);
        toInput.mark(end + 2, end - shift);
        current = current.substring(0, at) + quote + current.substring(at, end) + quote + current.substring(end);
        shift += 2;
        lastEnd = end + 2;
        return true;
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

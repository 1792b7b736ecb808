package dev.quarry.core.parse;

import dev.quarry.core.source.LexicalScanner;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SQLite's null-safe comparisons {@code a IS b} and {@code a IS NOT b}, which JSqlParser 5.4 rejects
 * (it knows only IS [NOT] NULL / TRUE / FALSE / DISTINCT FROM). They mean exactly {@code a IS NOT
 * DISTINCT FROM b} and {@code a IS DISTINCT FROM b}, which it parses; so where the parser stops at
 * such an IS, the parser's copy of the text gets those words (the JDBC text keeps what was written).
 */
final class IsComparison {
    /** What may follow IS (or IS NOT) in forms JSqlParser reads: no rewrite there. */
    private static final Set<String> PARSED_OPERANDS = Set.of("NULL", "TRUE", "FALSE", "DISTINCT", "UNKNOWN", "JSON");

    /** Replace {@code text[at, at + removed)} by {@code inserted}. */
    record Rewrite(int at, int removed, String inserted) {
        String applyTo(String text) {
            return text.substring(0, at) + inserted + text.substring(at + removed);
        }
    }

    private IsComparison() {}

    /**
     * The rewrite for the IS at {@code isAt} in {@code text}: {@code IS b -> IS NOT DISTINCT FROM b},
     * {@code IS NOT b -> IS DISTINCT FROM b}; empty when the IS is followed by a form the parser reads.
     */
    static Optional<Rewrite> at(String text, int isAt) {
        if (!word(text, isAt).equals("IS")) {
            return Optional.empty();
        }
        int operand = nextWord(text, isAt + 2);
        String next = word(text, operand);
        if (next.equals("NOT")) {
            int afterNot = nextWord(text, operand + 3);
            return PARSED_OPERANDS.contains(word(text, afterNot)) ? Optional.empty()
                    : Optional.of(new Rewrite(operand, 3, "DISTINCT FROM"));
        }
        return PARSED_OPERANDS.contains(next) || operand >= text.length() ? Optional.empty()
                : Optional.of(new Rewrite(operand, 0, "NOT DISTINCT FROM "));
    }

    /** The offset of the next token from {@code from}, past white space and comments (not literals). */
    private static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length()) {
            boolean comment = text.startsWith("--", i) || text.startsWith("/*", i);
            if (comment) {
                i = LexicalScanner.skipNonCode(text, i);
            } else if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The identifier-like word at {@code at}, upper-cased; empty when none starts there. */
    private static String word(String text, int at) {
        int end = at;
        while (end < text.length() && LexicalScanner.isIdentifierPart(text.charAt(end))) {
            end++;
        }
        boolean bounded = at == 0 || !LexicalScanner.isIdentifierPart(text.charAt(at - 1));
        return bounded ? text.substring(at, end).toUpperCase(Locale.ROOT) : "";
    }
}

package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import java.util.List;
import java.util.Optional;

/**
 * MySQL's attributes between {@code CREATE [OR REPLACE]} and the kind of object:
 * {@code ALGORITHM = MERGE}, {@code DEFINER = 'app'@'%'} (or {@code CURRENT_USER}) and
 * {@code SQL SECURITY INVOKER}, as mysqldump writes them before VIEW, TRIGGER, PROCEDURE, FUNCTION
 * and EVENT. They change nothing Quarry reads, and JSqlParser 5.4 parses none of them.
 */
final class MysqlCreateAttributes {
    private MysqlCreateAttributes() {}

    /** The index just past the attributes that start at {@code from} (itself when there are none). */
    static int skip(List<Token> tokens, int from) {
        int i = from;
        while (true) {
            if (is(tokens, i, "ALGORITHM") && isChar(tokens, i + 1, '=') && i + 2 < tokens.size()) {
                i += 3;
            } else if (is(tokens, i, "SQL") && is(tokens, i + 1, "SECURITY") && i + 2 < tokens.size()) {
                i += 3;
            } else if (is(tokens, i, "DEFINER") && isChar(tokens, i + 1, '=') && i + 2 < tokens.size()) {
                i += 3;
                if (isChar(tokens, i, '@') && i + 1 < tokens.size()) {
                    i += 2; // user@host
                } else if (isChar(tokens, i, '(') && isChar(tokens, i + 1, ')')) {
                    i += 2; // CURRENT_USER()
                }
            } else {
                return i;
            }
        }
    }

    /** The range of the attributes after {@code CREATE [OR REPLACE]}, if there are any. */
    static Optional<ParserWorkarounds.Range> find(List<Token> tokens) {
        int from = 1;
        if (is(tokens, 1, "OR") && is(tokens, 2, "REPLACE")) {
            from = 3;
        }
        int to = skip(tokens, from);
        return to == from ? Optional.empty()
                : Optional.of(new ParserWorkarounds.Range(tokens.get(from).start(), tokens.get(to - 1).end()));
    }

    private static boolean is(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).isWord(word);
    }

    private static boolean isChar(List<Token> tokens, int i, char c) {
        return i < tokens.size() && tokens.get(i).is(c);
    }
}

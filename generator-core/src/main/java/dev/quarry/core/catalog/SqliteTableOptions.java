package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import java.util.List;

/**
 * SQLite's table options after the closing parenthesis of CREATE TABLE ({@code STRICT},
 * {@code WITHOUT ROWID}, comma separated). JSqlParser 5.4 rejects them, so they are read here and
 * blanked out of the text the parser sees.
 *
 * @param from start of the options in the file, or -1 when there are none
 * @param to end of the options in the file
 */
record SqliteTableOptions(boolean strict, boolean withoutRowid, int from, int to) {

    static final SqliteTableOptions NONE = new SqliteTableOptions(false, false, -1, -1);

    /** Reads the options of a CREATE TABLE statement's tokens; NONE if the tail is anything else. */
    static SqliteTableOptions read(List<Token> tokens) {
        int close = closingParenthesis(tokens);
        if (close < 0 || close == tokens.size() - 1) {
            return NONE;
        }
        boolean strict = false;
        boolean withoutRowid = false;
        for (int i = close + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord("STRICT")) {
                strict = true;
            } else if (t.isWord("WITHOUT") && i + 1 < tokens.size() && tokens.get(i + 1).isWord("ROWID")) {
                withoutRowid = true;
                i++;
            } else if (!t.is(',')) {
                return NONE;
            }
        }
        return new SqliteTableOptions(strict, withoutRowid, tokens.get(close + 1).start(),
                tokens.get(tokens.size() - 1).end());
    }

    boolean present() {
        return from >= 0;
    }

    /** The parenthesis closing the first one opened, i.e. the end of the column list. */
    private static int closingParenthesis(List<Token> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is('(')) {
                depth++;
            } else if (tokens.get(i).is(')')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}

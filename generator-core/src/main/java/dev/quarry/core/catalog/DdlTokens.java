package dev.quarry.core.catalog;

import dev.quarry.core.source.LexicalScanner;
import dev.quarry.core.source.MysqlLexis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A coarse token list of one statement for the few text-level readers the catalog needs (statement
 * classification, DROP TYPE, SQLite table options, SET DATA TYPE), where JSqlParser cannot help.
 * Words, quoted names and literals are single tokens; comments and white space are dropped.
 */
final class DdlTokens {

    /** A token and its offsets in the text it was read from. */
    record Token(String text, int start, int end) {
        boolean isWord(String word) {
            return text.equalsIgnoreCase(word);
        }

        boolean is(char c) {
            return text.length() == 1 && text.charAt(0) == c;
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private DdlTokens() {}

    /**
     * The tokens of {@code text[from, to)}, with offsets into {@code text}; comments left out, read
     * with the engine's lexis ({@code mysql}: {@code #} comments and backslash escapes in strings).
     */
    static List<Token> read(String text, int from, int to, boolean mysql) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int skipped = Math.min(mysql ? MysqlLexis.skipNonCode(text, i) : LexicalScanner.skipNonCode(text, i), to);
            if (skipped != i) {
                if (c != '-' && c != '/' && c != '#') {
                    tokens.add(new Token(text.substring(i, skipped), i, skipped));
                }
                i = skipped;
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                int end = close < 0 || close >= to ? to : close + 1;
                tokens.add(new Token(text.substring(i, end), i, end));
                i = end;
            } else if (LexicalScanner.isIdentifierPart(c)) {
                int j = i;
                while (j < to && LexicalScanner.isIdentifierPart(text.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(text.substring(i, j), i, j));
                i = j;
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** Whether the tokens start with these words, ignoring case. */
    static boolean startsWith(List<Token> tokens, String... words) {
        if (tokens.size() < words.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(k).isWord(words[k])) {
                return false;
            }
        }
        return true;
    }
}

package dev.quarry.core.source;

/**
 * MySQL's lexical differences from standard SQL that matter when splitting statements and looking
 * for parameters: a
 * backslash escapes the next character in '...' and "..." literals, {@code #} starts a comment
 * to the end of the line, and {@code @@x} / {@code @x} are variables (skipped whole, so
 * {@code @x:=?} keeps its parameter). A versioned comment ({@code /*!40101 SET ... *}{@code /}, as
 * mysqldump writes) is code: MySQL runs what it holds.
 */
public final class MysqlLexis {
    private MysqlLexis() {}

    public static int skipNonCode(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '\'', '"':
                return skipLiteral(s, i, c);
            case '#': {
                int nl = s.indexOf('\n', i);
                return nl < 0 ? s.length() : nl;
            }
            case '@': {
                int j = i + 1;
                while (j < s.length() && (s.charAt(j) == '@' || LexicalScanner.isIdentifierPart(s.charAt(j)))) {
                    j++;
                }
                return j;
            }
            case '$':
                return i; // MySQL has no dollar quoting
            case '/':
                return i + 2 < s.length() && s.charAt(i + 1) == '*' && s.charAt(i + 2) == '!' ? i
                        : LexicalScanner.skipNonCode(s, i);
            default:
                return LexicalScanner.skipNonCode(s, i);
        }
    }

    private static int skipLiteral(String s, int i, char quote) {
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < s.length() && s.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            } else {
                j++;
            }
        }
        return s.length();
    }
}

package dev.quarry.core.source;

/**
 * The lexical facts every text-level pass over SQL needs: where string literals, quoted
 * identifiers, comments and dollar-quoted bodies start and end, so that splitting statements and
 * finding parameters never look inside them.
 */
public final class LexicalScanner {

    private LexicalScanner() {}

    /**
     * If a literal, quoted identifier or comment starts at {@code i}, the offset just after it
     * (or the text's end when it is unterminated); otherwise {@code i}.
     */
    public static int skipNonCode(String s, int i) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
        switch (c) {
            case '\'':
                return skipQuoted(s, i, '\'');
            case '"':
                return skipQuoted(s, i, '"');
            case '`':
                return skipQuoted(s, i, '`');
            case '-':
                if (next == '-') {
                    int nl = s.indexOf('\n', i);
                    return nl < 0 ? s.length() : nl;
                }
                return i;
            case '/':
                return next == '*' ? skipBlockComment(s, i) : i;
            case '$':
                return skipDollarQuoted(s, i);
            default:
                return i;
        }
    }

    private static int skipQuoted(String s, int i, char quote) {
        int j = i + 1;
        while (j < s.length()) {
            if (s.charAt(j) == quote) {
                if (j + 1 < s.length() && s.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return s.length();
    }

    /** PostgreSQL block comments nest. */
    private static int skipBlockComment(String s, int i) {
        int depth = 0;
        int j = i;
        while (j < s.length() - 1) {
            if (s.charAt(j) == '/' && s.charAt(j + 1) == '*') {
                depth++;
                j += 2;
            } else if (s.charAt(j) == '*' && s.charAt(j + 1) == '/') {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return s.length();
    }

    /** {@code $$...$$} or {@code $tag$...$tag$}; a {@code $1} parameter is not a dollar quote. */
    private static int skipDollarQuoted(String s, int i) {
        if (i > 0 && isIdentifierPart(s.charAt(i - 1))) {
            return i;
        }
        int j = i + 1;
        while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_'
                || (j > i + 1 && Character.isDigit(s.charAt(j))))) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '$') {
            return i;
        }
        String tag = s.substring(i, j + 1);
        int end = s.indexOf(tag, j + 1);
        return end < 0 ? s.length() : end + tag.length();
    }

    public static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    public static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

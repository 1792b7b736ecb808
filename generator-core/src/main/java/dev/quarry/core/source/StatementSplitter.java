package dev.quarry.core.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text at top-level semicolons, keeping each statement's offset so diagnostics point
 * into the original file. Semicolons inside literals, comments, dollar-quoted bodies and the
 * {@code BEGIN ... END} bodies of triggers, procedures, functions and events ({@link CompoundBody})
 * do not split. For MySQL, {@code #} comments and backslash escapes in literals are known too
 * ({@link MysqlLexis}), and so is the mysql client's {@code DELIMITER} command.
 */
public final class StatementSplitter {

    /**
     * A statement's text, from its first non-blank character (a leading comment stays) to just
     * before its terminating semicolon, at {@code start} in the source.
     */
    public record Piece(int start, int end, String text) {}

    private StatementSplitter() {}

    public static List<Piece> split(String sql) {
        return split(sql, 0, sql.length());
    }

    /** Splits {@code sql[from, to)}; pieces that hold only white space and comments are dropped. */
    public static List<Piece> split(String sql, int from, int to) {
        return split(sql, from, to, false);
    }

    /**
     * As {@link #split(String, int, int)}, with MySQL's lexis when {@code mysql} is set; then the
     * mysql client's {@code DELIMITER xx} lines are obeyed too: until {@code DELIMITER ;}, a
     * statement ends at {@code xx}, and the DELIMITER lines are no statements.
     */
    public static List<Piece> split(String sql, int from, int to, boolean mysql) {
        List<Piece> pieces = new ArrayList<>();
        int start = from;
        CompoundBody body = new CompoundBody();
        String delimiter = ";";
        int i = from;
        while (i < to) {
            int skipped = skipNonCode(sql, i, mysql);
            if (skipped != i) {
                i = Math.min(skipped, to);
                continue;
            }
            if (mysql && isDelimiterCommand(sql, start, i, to)) {
                int eol = sql.indexOf('\n', i);
                eol = eol < 0 || eol > to ? to : eol;
                String[] words = sql.substring(i + DELIMITER.length(), eol).strip().split("\\s+");
                if (!words[0].isEmpty()) {
                    delimiter = words[0];
                    i = eol;
                    start = eol;
                    body = new CompoundBody();
                    continue;
                }
            }
            if (!delimiter.equals(";")) {
                if (sql.startsWith(delimiter, i)) {
                    add(pieces, sql, start, i, mysql);
                    i += delimiter.length();
                    start = i;
                } else {
                    i++;
                }
                continue;
            }
            char c = sql.charAt(i);
            if (LexicalScanner.isIdentifierStart(c) && (i == 0 || !LexicalScanner.isIdentifierPart(sql.charAt(i - 1)))) {
                int j = i;
                while (j < to && LexicalScanner.isIdentifierPart(sql.charAt(j))) {
                    j++;
                }
                body.word(sql.substring(i, j));
                i = j;
                continue;
            }
            if (c == '(') {
                body.parenthesis();
            }
            if (c == ';' && body.endsStatement()) {
                add(pieces, sql, start, i, mysql);
                start = i + 1;
                body = new CompoundBody();
            }
            i++;
        }
        add(pieces, sql, start, to, mysql);
        return pieces;
    }

    private static final String DELIMITER = "DELIMITER";

    /** The mysql client's DELIMITER command at {@code i}, the first word of a statement. */
    private static boolean isDelimiterCommand(String sql, int start, int i, int to) {
        int after = i + DELIMITER.length();
        return after < to && sql.regionMatches(true, i, DELIMITER, 0, DELIMITER.length())
                && (sql.charAt(after) == ' ' || sql.charAt(after) == '\t')
                && !hasCode(sql, start, i, true);
    }

    /**
     * {@code sql[from, to)} as one statement, whatever semicolons it holds (goose's
     * {@code StatementBegin}/{@code End} blocks); a final semicolon is left out. Empty when it holds
     * only white space and comments.
     */
    public static List<Piece> whole(String sql, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(sql.charAt(end - 1))) {
            end--;
        }
        if (end > from && sql.charAt(end - 1) == ';') {
            end--;
        }
        List<Piece> pieces = new ArrayList<>();
        add(pieces, sql, from, end, false);
        return pieces;
    }

    private static int skipNonCode(String sql, int i, boolean mysql) {
        return mysql ? MysqlLexis.skipNonCode(sql, i) : LexicalScanner.skipNonCode(sql, i);
    }

    private static void add(List<Piece> pieces, String sql, int start, int end, boolean mysql) {
        while (start < end && Character.isWhitespace(sql.charAt(start))) {
            start++;
        }
        if (hasCode(sql, start, end, mysql)) {
            pieces.add(new Piece(start, end, sql.substring(start, end)));
        }
    }

    /** Whether {@code sql[start, end)} holds anything but white space and comments. */
    public static boolean hasCode(String sql, int start, int end) {
        return hasCode(sql, start, end, false);
    }

    /**
     * Just past the last character of {@code sql[start, end)} that is code: trailing white space
     * and comments ({@code #} ones too, with MySQL's lexis) left out; {@code start} if there is none.
     */
    public static int codeEnd(String sql, int start, int end, boolean mysql) {
        int last = start;
        int i = start;
        while (i < end) {
            int skipped = skipNonCode(sql, i, mysql);
            if (skipped != i) {
                if (!isComment(sql, i, mysql)) {
                    last = Math.min(skipped, end); // a literal or quoted name
                }
                i = skipped;
            } else {
                if (!Character.isWhitespace(sql.charAt(i))) {
                    last = i + 1;
                }
                i++;
            }
        }
        return last;
    }

    private static boolean isComment(String sql, int i, boolean mysql) {
        char c = sql.charAt(i);
        return (c == '-' || c == '/' || (mysql && c == '#')) && skipNonCode(sql, i, mysql) != i;
    }

    /** As {@link #hasCode(String, int, int)}, with MySQL's lexis when {@code mysql} is set. */
    public static boolean hasCode(String sql, int start, int end, boolean mysql) {
        int i = start;
        while (i < end) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!isComment(sql, i, mysql)) {
                return true;
            }
            i = skipNonCode(sql, i, mysql);
        }
        return false;
    }
}

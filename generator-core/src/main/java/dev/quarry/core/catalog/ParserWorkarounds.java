package dev.quarry.core.catalog;

import dev.quarry.core.catalog.DdlTokens.Token;
import dev.quarry.core.config.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * Clauses JSqlParser 5.4 cannot parse but that are safe to hide from it, blanked with spaces so
 * every offset stays where it was:
 * <ul>
 *   <li>SQLite table options after CREATE TABLE's closing parenthesis (read first: STRICT matters);
 *   <li>SQLite's {@code ON CONFLICT <resolution>} on column constraints;
 *   <li>PostgreSQL's {@code ALTER COLUMN c SET DATA TYPE t}: {@code SET DATA} is blanked, leaving
 *       the equivalent {@code ALTER COLUMN c TYPE t}, which JSqlParser reads (it misreads the long
 *       form as a column typed {@code SET}).
 *   <li>MySQL's ALTER TABLE clauses that leave the table's shape alone ({@link MysqlAlterClauses});
 *       a statement left without clauses changes nothing.
 *   <li>MariaDB's {@code WITH SYSTEM VERSIONING} after CREATE TABLE's columns (the history columns
 *       it adds are hidden);
 *   <li>MySQL's {@code ALGORITHM = ...}, {@code DEFINER = ...} and {@code SQL SECURITY ...} between
 *       CREATE and VIEW ({@link MysqlCreateAttributes}).
 * </ul>
 */
final class ParserWorkarounds {

    /** A range of the file to blank. */
    record Range(int start, int end) {}

    /**
     * What to blank in one statement, the SQLite table options found there, and the kind of
     * statement as the engine reads it (PASS_OVER when nothing is left that could change the catalog).
     */
    record Result(List<Range> blanks, SqliteTableOptions options, StatementKind kind) {}

    private ParserWorkarounds() {}

    static Result find(Engine engine, StatementKind kind, List<Token> tokens) {
        List<Range> blanks = new ArrayList<>();
        SqliteTableOptions options = SqliteTableOptions.NONE;
        if (engine == Engine.SQLITE && kind == StatementKind.CREATE_TABLE) {
            options = SqliteTableOptions.read(tokens);
            if (options.present()) {
                blanks.add(new Range(options.from(), options.to()));
            }
            blanks.addAll(sequences(tokens, 3, "ON", "CONFLICT"));
        }
        if (engine == Engine.POSTGRESQL && kind == StatementKind.ALTER_TABLE) {
            blanks.addAll(sequences(tokens, 2, "SET", "DATA", "TYPE"));
        }
        StatementKind read = kind;
        if (engine.isMysqlFamily() && kind == StatementKind.ALTER_TABLE) {
            MysqlAlterClauses.Result clauses = MysqlAlterClauses.find(tokens);
            blanks.addAll(clauses.blanks());
            read = clauses.nothingLeft() ? StatementKind.PASS_OVER : kind;
        }
        if (engine.isMysqlFamily() && (kind == StatementKind.ALTER_VIEW
                || kind == StatementKind.PASS_OVER && isAlterView(tokens))) {
            read = StatementKind.ALTER_VIEW;
            blanks.addAll(sequences(tokens, 3, "WITH", "CHECK", "OPTION"));
            blanks.addAll(sequences(tokens, 4, "WITH", "CASCADED", "CHECK", "OPTION"));
            blanks.addAll(sequences(tokens, 4, "WITH", "LOCAL", "CHECK", "OPTION"));
        }
        if (engine.isMysqlFamily() && (kind == StatementKind.CREATE_VIEW || read == StatementKind.ALTER_VIEW)) {
            MysqlCreateAttributes.find(tokens).ifPresent(blanks::add);
        }
        if (engine.isMysqlFamily() && kind == StatementKind.CREATE_TABLE) {
            // MariaDB's system-versioned tables: the history columns are hidden
            blanks.addAll(sequences(tokens, 3, "WITH", "SYSTEM", "VERSIONING"));
        }
        return new Result(blanks, options, read);
    }

    /** MySQL's {@code ALTER [ALGORITHM = ...] [DEFINER = ...] [SQL SECURITY ...] VIEW}. */
    private static boolean isAlterView(List<Token> tokens) {
        int i = MysqlCreateAttributes.skip(tokens, 1);
        return DdlTokens.startsWith(tokens, "ALTER") && i < tokens.size() && tokens.get(i).isWord("VIEW");
    }

    /** Each place the words occur in a row, as the range of its first {@code length} tokens. */
    private static List<Range> sequences(List<Token> tokens, int length, String... words) {
        List<Range> found = new ArrayList<>();
        for (int i = 0; i + Math.max(length, words.length) <= tokens.size(); i++) {
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = tokens.get(i + k).isWord(words[k]);
            }
            if (match) {
                found.add(new Range(tokens.get(i).start(), tokens.get(i + length - 1).end()));
            }
        }
        return found;
    }

    /** The text with the ranges replaced by spaces (line breaks kept). */
    static String blank(String text, List<Range> ranges) {
        if (ranges.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Range r : ranges) {
            for (int i = r.start(); i < r.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /**
     * The markers of MySQL's versioned comments ({@code /*!50001} and the closing {@code *}{@code /}),
     * whose content MySQL runs as code: blanked, the content is read as the statement it is.
     */
    static List<Range> mysqlVersionedCommentMarkers(String text) {
        List<Range> found = new ArrayList<>();
        int open = -1;
        int i = 0;
        while (i < text.length()) {
            if (open < 0 && text.startsWith("/*!", i)) {
                int j = i + 3;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                found.add(new Range(i, j));
                open = i;
                i = j;
            } else if (open >= 0 && text.startsWith("*/", i)) {
                found.add(new Range(i, i + 2));
                open = -1;
                i += 2;
            } else {
                int skipped = dev.quarry.core.source.MysqlLexis.skipNonCode(text, i);
                i = skipped == i ? i + 1 : skipped;
            }
        }
        return found;
    }

    /**
     * psql meta-commands ({@code \connect db}, {@code \set x 1}): lines starting with a backslash
     * outside literals and bodies. They end at the line's end, not at a semicolon.
     */
    static List<Range> metaCommands(String text) {
        List<Range> found = new ArrayList<>();
        int i = 0;
        boolean lineStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '\\' && lineStart) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl;
                found.add(new Range(i, end));
                i = end;
            } else {
                lineStart = false;
                int skipped = dev.quarry.core.source.LexicalScanner.skipNonCode(text, i);
                i = skipped == i ? i + 1 : skipped;
            }
        }
        return found;
    }
}

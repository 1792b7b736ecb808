package dev.quarry.core.parse;

import dev.quarry.core.config.Engine;
import dev.quarry.core.source.LexicalScanner;
import dev.quarry.core.source.MysqlLexis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.SimpleCharStream;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;

/**
 * Words JSqlParser 5.4 takes for keywords where the engine reads a name ({@code WHERE uuid = $1},
 * a MySQL table named {@code absent}, {@code DROP COLUMN action}): a parse that fails at or near
 * such a word is retried with the word quoted. Each engine says which words qualify.
 */
enum KeywordNames {
    /**
     * PostgreSQL and SQLite: the words met in real schemas. JSqlParser reserves far more words than
     * PostgreSQL does, but PostgreSQL's own keyword list is long and quoting a word that is a keyword
     * there would only move the error.
     */
    LISTED('"') {
        private static final Set<String> QUOTABLE = Set.of(
                "uuid", "type", "size", "level", "event", "mode", "version", "path", "key", "value", "name",
                "status", "position", "action", "source", "data", "comment", "language", "role", "start", "zone",
                "enable", "disable", "signal", "schema", "first", "last", "next", "rows", "range", "temp", "json",
                "string", "filter", "columns", "index", "open", "close", "password", "user", "cache", "cycle",
                "execute", "nothing", "options", "owner", "overlaps", "partition", "read", "replace", "sequence",
                "system", "text", "time", "timestamp", "date", "interval", "year", "month", "day", "hour", "minute",
                "second", "file", "global", "local", "method", "minvalue", "maxvalue", "unsigned", "visible", "settings");

        @Override
        boolean quotable(String word) {
            return QUOTABLE.contains(word.toLowerCase(Locale.ROOT));
        }

        @Override
        int skipNonCode(String text, int i) {
            return LexicalScanner.skipNonCode(text, i);
        }
    },
    /**
     * MySQL and MariaDB: any word JSqlParser lexes as a keyword that neither MySQL 8 nor MariaDB
     * reserves. The reserved words below are those of the two servers that JSqlParser also lexes
     * as keywords (MariaDB's measured by creating a column of each name; MySQL's from its manual).
     */
    MYSQL('`') {
        private static final Set<String> RESERVED = Set.of(
                "add", "all", "alter", "analyze", "and", "as", "asc", "before", "between", "binary", "both", "by",
                "call", "cascade", "case", "change", "char", "character", "check", "collate", "column",
                "constraint", "convert", "create", "cross", "database", "declare", "default", "delayed", "delete",
                "desc", "describe", "distinct", "distinctrow", "div", "drop", "else", "empty", "enclosed",
                "escaped", "except", "exists", "explain", "false", "fetch", "for", "force", "foreign", "from",
                "fulltext", "function", "grant", "group", "grouping", "groups", "having", "high_priority", "if",
                "ignore", "in", "index", "inner", "insert", "intersect", "interval", "into", "is", "join", "key",
                "keys", "kill", "lateral", "leading", "left", "like", "limit", "linear", "lines", "lock", "loop",
                "low_priority", "match", "maxvalue", "natural", "no_write_to_binlog", "not", "null", "of",
                "offset", "on", "optimize", "option", "optionally", "or", "order", "outer", "outfile", "over",
                "partition", "primary", "procedure", "purge", "range", "read", "recursive", "references",
                "regexp", "rename", "replace", "restrict", "return", "returning", "revoke", "right", "rlike",
                "row", "rows", "schema", "select", "separator", "set", "show", "spatial", "sql_calc_found_rows",
                "starting", "stored", "system", "table", "terminated", "then", "to", "trailing", "trigger", "true",
                "union", "unique", "unsigned", "update", "use", "using", "values", "when", "where", "window",
                "with", "xor", "zerofill");

        @Override
        boolean quotable(String word) {
            return !RESERVED.contains(word.toLowerCase(Locale.ROOT)) && isParserKeyword(word);
        }

        @Override
        int skipNonCode(String text, int i) {
            return MysqlLexis.skipNonCode(text, i);
        }
    };

    /** How many words after the one the parser stopped at may be the culprit ({@code ADD COLUMN absent}). */
    private static final int WORDS_AHEAD = 2;

    private final char quote;

    KeywordNames(char quote) {
        this.quote = quote;
    }

    static KeywordNames of(Engine engine) {
        return engine.isMysqlFamily() ? MYSQL : LISTED;
    }

    char quote() {
        return quote;
    }

    abstract boolean quotable(String word);

    abstract int skipNonCode(String text, int i);

    /** A word of the text and where it starts. */
    record Word(int start, String text) {
        int end() {
            return start + text.length();
        }
    }

    /**
     * The words to try quoting after a parse failed at {@code failedAt}, in order: the word there,
     * the one before it at {@code previousStart} (as {@code uuid} in {@code uuid =}), then the next
     * few (JSqlParser stops at {@code COLUMN} in {@code ADD COLUMN absent}).
     */
    List<Word> candidatesNear(String text, int previousStart, int failedAt) {
        List<Word> candidates = new ArrayList<>();
        List<Word> ahead = words(text, failedAt, 1 + WORDS_AHEAD);
        if (!ahead.isEmpty() && ahead.get(0).start() == failedAt) {
            candidates.add(ahead.remove(0));
        }
        if (previousStart >= 0) {
            words(text, previousStart, 1).stream().filter(w -> w.start() == previousStart).forEach(candidates::add);
        }
        candidates.addAll(ahead);
        return candidates.stream().filter(w -> quotable(w.text())).toList();
    }

    /** Every word that qualifies, for a statement JSqlParser gave up on without saying where. */
    List<Word> candidatesIn(String text) {
        return words(text, 0, Integer.MAX_VALUE).stream().filter(w -> quotable(w.text())).toList();
    }

    /** A text with words quoted, and the map from its offsets back to the unquoted text's. */
    record Quoted(String text, OffsetMap toInput) {}

    /** {@code text} with each of {@code words} (offsets in {@code text}) quoted. */
    Quoted quote(String text, List<Word> words) {
        OffsetMap.Builder map = new OffsetMap.Builder();
        StringBuilder out = new StringBuilder(text.length() + 2 * words.size());
        int copied = 0;
        for (Word w : words.stream().sorted(java.util.Comparator.comparingInt(Word::start)).toList()) {
            out.append(text, copied, w.start());
            int at = out.length();
            // positions before the word are unchanged; inside it shift by one; after it by two
            map.mark(at, w.start());
            map.mark(at + 1, w.start());
            map.mark(at + 1 + w.text().length(), w.end());
            map.mark(at + 2 + w.text().length(), w.end());
            out.append(quote).append(w.text()).append(quote);
            copied = w.end();
        }
        out.append(text, copied, text.length());
        return new Quoted(out.toString(), map.build());
    }

    /** Up to {@code max} plain words from {@code from} on, outside literals, quoted names and comments. */
    private List<Word> words(String text, int from, int max) {
        List<Word> found = new ArrayList<>();
        int i = Math.max(0, from);
        while (i < text.length() && found.size() < max) {
            int skipped = skipNonCode(text, i);
            if (skipped != i) {
                i = skipped;
                continue;
            }
            char c = text.charAt(i);
            boolean wordStart = LexicalScanner.isIdentifierStart(c)
                    && (i == 0 || !LexicalScanner.isIdentifierPart(text.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && LexicalScanner.isIdentifierPart(text.charAt(j))) {
                j++;
            }
            found.add(new Word(i, text.substring(i, j)));
            i = j;
        }
        return found;
    }

    /** Whether JSqlParser lexes the word as one of its keywords rather than as a name. */
    static boolean isParserKeyword(String word) {
        CCJSqlParserTokenManager lexer = new CCJSqlParserTokenManager(new SimpleCharStream(new StringProvider(word)));
        Token token = lexer.getNextToken();
        return token.kind != CCJSqlParserConstants.S_IDENTIFIER && token.kind != CCJSqlParserConstants.EOF
                && lexer.getNextToken().kind == CCJSqlParserConstants.EOF && word.equalsIgnoreCase(token.image);
    }
}

package dev.quarry.core.parse;

import dev.quarry.core.config.Engine;
import dev.quarry.core.source.LineIndex;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * The one place that calls JSqlParser. Parses one statement with the engine's settings, directly on
 * the calling thread (JSqlParser's convenience method starts an executor per call).
 *
 * <p>JSqlParser 5.4 rejects some PostgreSQL keywords used as identifiers ({@code WHERE uuid = $1},
 * a column named {@code type} or {@code key}). When the parse fails on such a word, the word is
 * quoted and the parse retried; offsets are mapped back through the inserted quotes. SQLite's
 * {@code a IS b} is retried the same way as {@code a IS NOT DISTINCT FROM b} ({@link IsComparison}).
 */
public final class SqlParser {
    private static final int MAX_RETRIES = 16;
    /**
     * JSqlParser's time grows steeply with parenthesis nesting (about a second at a few hundred levels,
     * beyond ten at 1,500); deeper statements are refused with a diagnostic instead of hanging.
     */
    static final int MAX_NESTING = 100;
    /** Words JSqlParser treats as keywords that PostgreSQL and SQLite accept as names. */
    private static final Set<String> QUOTABLE = Set.of(
            "uuid", "type", "size", "level", "event", "mode", "version", "path", "key", "value", "name",
            "status", "position", "action", "source", "data", "comment", "language", "role", "start", "zone",
            "enable", "disable", "signal", "schema", "first", "last", "next", "rows", "range", "temp", "json",
            "string", "filter", "columns", "index", "open", "close", "password", "user", "cache", "cycle",
            "execute", "nothing", "options", "owner", "overlaps", "partition", "read", "replace", "sequence",
            "system", "text", "time", "timestamp", "date", "interval", "year", "month", "day", "hour", "minute",
            "second", "file", "global", "local", "method", "minvalue", "maxvalue", "unsigned", "visible");

    private final Engine engine;

    public SqlParser(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    /** A parsed statement, or where and why it failed. */
    public sealed interface Result permits Parsed, Failed {}

    /**
     * @param parsedText the text JSqlParser saw (possibly with quotes added)
     * @param toInput maps offsets in {@code parsedText} to offsets in the input text
     */
    public record Parsed(Statement statement, String parsedText, OffsetMap toInput) implements Result {}

    /** @param offset where in the input text the parser stopped */
    public record Failed(int offset, String message) implements Result {}

    public Result parse(String text) {
        int tooDeep = tooDeepAt(text);
        if (tooDeep >= 0) {
            return new Failed(tooDeep, "parentheses nest more than " + MAX_NESTING + " deep here; Quarry does not read"
                    + " statements nested this deeply");
        }
        String current = switch (engine) {
            case MYSQL, MARIADB -> replaceAsInsert(text);
            case SQLITE -> insertOrAsInsert(replaceAsInsert(text));
            case POSTGRESQL -> text;
        };
        RetryText retry = new RetryText(current);
        // after a retry the parser gets further, so the last failure is the real one
        Failed lastFailure = null;
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            CCJSqlParser parser = newParser(retry.current());
            try {
                Statement statement = parser.SingleStatement();
                Token trailing = trailingToken(parser);
                if (trailing == null) {
                    return new Parsed(statement, retry.current(), retry.toInput());
                }
                // SingleStatement stops at the first token it cannot use: that is a syntax error
                ParseException stop = new ParseException("trailing input");
                stop.currentToken = new Token();
                stop.currentToken.next = trailing;
                throw stop;
            } catch (ParseException | RuntimeException | Error e) {
                lastFailure = failure(retry.current(), e, retry.toInput());
                if (!(e instanceof ParseException pe)) {
                    break;
                }
                Token bad = quotableToken(pe);
                boolean retried = bad != null ? retry.quote(bad, engine.isMysqlFamily() ? '`' : '"')
                        : retryRewrite(retry.current(), pe).map(retry::rewrite).orElse(false);
                if (!retried) {
                    break;
                }
            }
        }
        return lastFailure;
    }

    /**
     * A rewrite of the parser's copy that lets the parse go on where it stopped: SQLite's {@code a IS
     * b} and {@code a IS NOT b} (see {@link IsComparison}); none for the other engines.
     */
    private Optional<IsComparison.Rewrite> retryRewrite(String text, ParseException pe) {
        Token stop = pe.currentToken == null ? null : pe.currentToken.next;
        if (stop == null || stop.image == null) {
            return Optional.empty();
        }
        return switch (engine) {
            case SQLITE -> IsComparison.at(text, LineIndex.of(text).offset(stop.beginLine, stop.beginColumn));
            case POSTGRESQL, MYSQL, MARIADB -> Optional.empty();
        };
    }

    /** The offset of the first parenthesis nested deeper than {@link #MAX_NESTING}, outside strings and comments; -1 if none. */
    static int tooDeepAt(String text) {
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (++depth > MAX_NESTING) {
                    return i;
                }
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\'' || c == '"' || c == '`') {
                int close = text.indexOf(c, i + 1);
                i = close < 0 ? n : close;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 1;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern LEADING_REPLACE =
            java.util.regex.Pattern.compile("^(\\s*)REPLACE(\\s)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * JSqlParser 5.4 does not parse MySQL's {@code REPLACE INTO} (without a dialect it reads SQLite's
     * as an UPSERT the analyzer does not take); it has INSERT's shape, so the
     * parser sees {@code INSERT} in its place (same length: offsets stay put). The JDBC text keeps
     * REPLACE.
     */
    private static String replaceAsInsert(String text) {
        java.util.regex.Matcher m = LEADING_REPLACE.matcher(text);
        return m.find() ? m.group(1) + "INSERT " + m.group(2) + text.substring(m.end()) : text;
    }

    private static final java.util.regex.Pattern LEADING_INSERT_OR = java.util.regex.Pattern.compile(
            "^(\\s*INSERT\\s+)(OR\\s+(?:ROLLBACK|ABORT|REPLACE|FAIL|IGNORE))(\\s)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * SQLite's {@code INSERT OR IGNORE} (and OR REPLACE / ROLLBACK / ABORT / FAIL) only chooses what
     * a constraint violation does; JSqlParser 5.4 rejects it, so the parser sees the words blanked
     * (offsets stay put). The JDBC text keeps them.
     */
    private static String insertOrAsInsert(String text) {
        java.util.regex.Matcher m = LEADING_INSERT_OR.matcher(text);
        return m.find() ? m.group(1) + " ".repeat(m.group(2).length()) + text.substring(m.end(2)) : text;
    }

    /** The first token after the statement that is not a final semicolon or the end, if any. */
    private static Token trailingToken(CCJSqlParser parser) {
        Token next = parser.getToken(1);
        if (next.kind == CCJSqlParserConstants.EOF) {
            return null;
        }
        if (";".equals(next.image) && parser.getToken(2).kind == CCJSqlParserConstants.EOF) {
            return null;
        }
        return next;
    }

    /** The word to quote: the token the parser stopped at, or the one before (as in {@code uuid =}). */
    private static Token quotableToken(ParseException pe) {
        if (pe.currentToken == null) {
            return null;
        }
        for (Token t : new Token[] {pe.currentToken.next, pe.currentToken}) {
            if (t != null && t.image != null && QUOTABLE.contains(t.image.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }

    private CCJSqlParser newParser(String text) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(text);
        switch (engine) {
            case POSTGRESQL -> parser.withDialect(AbstractJSqlParser.Dialect.POSTGRESQL);
            case SQLITE -> parser.withSquareBracketQuotation(true);
            // backslash escapes, # comments, double-quoted strings, backtick names
            case MYSQL, MARIADB -> parser.withDialect(AbstractJSqlParser.Dialect.MYSQL);
        }
        return parser;
    }

    private static Failed failure(String text, Throwable e, OffsetMap toInput) {
        if (e instanceof ParseException pe && pe.currentToken != null) {
            Token bad = pe.currentToken.next != null ? pe.currentToken.next : pe.currentToken;
            int offset = Math.min(text.length(), LineIndex.of(text).offset(bad.beginLine, bad.beginColumn));
            String what = bad.image == null || bad.image.isEmpty() ? "end of statement" : "\"" + bad.image + "\"";
            return new Failed(toInput.toOriginal(offset), "syntax error at " + what);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        return new Failed(0, "cannot parse statement: " + message);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

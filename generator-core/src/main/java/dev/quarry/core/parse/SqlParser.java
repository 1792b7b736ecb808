package dev.quarry.core.parse;

import dev.quarry.core.config.Engine;
import dev.quarry.core.source.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import org.jspecify.annotations.Nullable;

/**
 * The one place that calls JSqlParser. Parses one statement with the engine's settings, directly on
 * the calling thread (JSqlParser's convenience method starts an executor per call).
 *
 * <p>JSqlParser 5.4 rejects some keywords used as identifiers ({@code WHERE uuid = $1}, a column
 * named {@code type} or {@code key}, a MySQL table named {@code absent}). When the parse fails at
 * or near such a word ({@link KeywordNames}), the word is quoted and the parse retried; offsets are
 * mapped back through the inserted quotes. SQLite's {@code a IS b} and {@code a IS NOT b}, where the
 * parse stops at them, are rewritten as {@code IS [NOT] DISTINCT FROM} ({@link IsComparison}) before
 * the words are quoted anew.
 */
public final class SqlParser {
    private static final int MAX_RETRIES = 16;
    /**
     * JSqlParser's time grows steeply with parenthesis nesting (about a second at a few hundred levels,
     * beyond ten at 1,500); deeper statements are refused with a diagnostic instead of hanging.
     */
    static final int MAX_NESTING = 100;
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
        String base = switch (engine) {
            case MYSQL, MARIADB -> replaceAsInsert(text);
            case SQLITE -> insertOrAsInsert(replaceAsInsert(text));
            case POSTGRESQL -> text;
        };
        KeywordNames names = KeywordNames.of(engine);
        RetryText rewritten = new RetryText(base);
        for (int round = 0; ; round++) {
            Result result = parseQuotingNames(rewritten.current(), names);
            if (!(result instanceof Failed failed) || round >= MAX_RETRIES) {
                return toInput(result, rewritten.toInput());
            }
            Optional<IsComparison.Rewrite> rewrite = isRewrite(rewritten.current(), failed.offset());
            if (rewrite.isEmpty() || !rewritten.rewrite(rewrite.get())) {
                return toInput(result, rewritten.toInput());
            }
        }
    }

    /** A result in the text given mapped back to the input text, through the rewrites made before. */
    private static Result toInput(Result result, OffsetMap rewrites) {
        if (result instanceof Parsed p) {
            return new Parsed(p.statement(), p.parsedText(), p.toInput().then(rewrites));
        }
        Failed f = (Failed) result;
        return new Failed(rewrites.toOriginal(f.offset()), f.message());
    }

    /**
     * A rewrite that lets the parse go on where it stopped: SQLite's {@code a IS b} and {@code a IS
     * NOT b} (see {@link IsComparison}); none for the other engines.
     */
    private Optional<IsComparison.Rewrite> isRewrite(String text, int stoppedAt) {
        return switch (engine) {
            case SQLITE -> IsComparison.at(text, stoppedAt);
            case POSTGRESQL, MYSQL, MARIADB -> Optional.empty();
        };
    }

    /** Parses the text, quoting words near where the parse stops that may be names; offsets in the text given. */
    private Result parseQuotingNames(String base, KeywordNames names) {
        Attempt first = attempt(base, List.of(), names);
        if (first.parsed() != null && !first.unsupported()) {
            return first.parsed();
        }
        // Quote a word that may be a name and try again; keep the quote only if the parser then gets
        // further, and then look for the next word to quote near where it stops now.
        Attempt best = first;
        List<KeywordNames.Word> quoted = List.of();
        int tries = 0;
        boolean progressed = true;
        while (progressed) {
            progressed = false;
            for (KeywordNames.Word word : best.culprits()) {
                if (tries++ >= MAX_RETRIES) {
                    break;
                }
                List<KeywordNames.Word> trial = new ArrayList<>(quoted);
                trial.add(word);
                Attempt next = attempt(base, trial, names);
                if (next.parsed() != null && !next.unsupported()) {
                    return next.parsed();
                }
                if (next.failure() != null && (best.failure() == null || next.failure().offset() > best.failure().offset())) {
                    quoted = trial;
                    best = next;
                    progressed = true;
                    break;
                }
            }
        }
        // a statement JSqlParser gave up on without an error (an UnsupportedStatement) stays one
        return first.unsupported() ? first.parsed() : best.failure();
    }

    /**
     * One parse of the text with some words quoted: the statement, or the failure and the words
     * near it that may be names JSqlParser took for keywords (offsets in the unquoted text).
     */
    private record Attempt(@Nullable Parsed parsed, @Nullable Failed failure, List<KeywordNames.Word> culprits) {
        boolean unsupported() {
            return parsed != null && parsed.statement() instanceof UnsupportedStatement;
        }
    }

    private Attempt attempt(String base, List<KeywordNames.Word> quoted, KeywordNames names) {
        KeywordNames.Quoted q = names.quote(base, quoted);
        CCJSqlParser parser = newParser(q.text());
        try {
            Statement statement = parser.SingleStatement();
            Token trailing = trailingToken(parser);
            if (trailing == null) {
                Parsed parsed = new Parsed(statement, q.text(), q.toInput());
                List<KeywordNames.Word> everyName = statement instanceof UnsupportedStatement
                        ? names.candidatesIn(q.text()) : List.of();
                return new Attempt(parsed, null, inInput(everyName, q.toInput()));
            }
            // SingleStatement stops at the first token it cannot use: that is a syntax error
            ParseException stop = new ParseException("trailing input");
            stop.currentToken = new Token();
            stop.currentToken.next = trailing;
            throw stop;
        } catch (ParseException | RuntimeException | Error e) {
            Failed failure = failure(q.text(), e, q.toInput());
            List<KeywordNames.Word> near = e instanceof ParseException pe ? culprits(names, q.text(), pe) : List.of();
            return new Attempt(null, failure, inInput(near, q.toInput()));
        }
    }

    private static List<KeywordNames.Word> inInput(List<KeywordNames.Word> words, OffsetMap toInput) {
        return words.stream().map(w -> new KeywordNames.Word(toInput.toOriginal(w.start()), w.text())).toList();
    }

    /** The words to try quoting after a syntax error, near the token the parser stopped at. */
    private static List<KeywordNames.Word> culprits(KeywordNames names, String text, ParseException pe) {
        if (pe.currentToken == null) {
            return List.of();
        }
        Token bad = pe.currentToken.next != null ? pe.currentToken.next : pe.currentToken;
        LineIndex lines = LineIndex.of(text);
        int failedAt = Math.min(text.length(), lines.offset(bad.beginLine, bad.beginColumn));
        int previous = pe.currentToken.next != null && pe.currentToken.beginLine > 0
                ? lines.offset(pe.currentToken.beginLine, pe.currentToken.beginColumn) : -1;
        return names.candidatesNear(text, previous, failedAt);
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

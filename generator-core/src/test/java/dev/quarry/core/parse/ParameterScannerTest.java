package dev.quarry.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterScannerTest {

    private static List<String> keys(ParameterScanner.Scanned scanned) {
        return scanned.refs().stream().map(ParamRef::key).toList();
    }

    @Test
    void everyFormBecomesAQuestionMark() {
        ParameterScanner.Scanned s = ParameterScanner.scan(
                "SELECT * FROM t WHERE a = $1 AND b = @name AND c = :other AND d = sqlc.arg(x) AND e = sqlc.narg('y') AND f = ?");
        assertEquals("SELECT * FROM t WHERE a = ? AND b = ? AND c = ? AND d = ? AND e = ? AND f = ?", s.jdbc());
        assertEquals(List.of("$1", "@name", "@other", "@x", "@y", "?6"), keys(s));
        assertEquals(ParamRef.Style.SQLC_NARG, s.refs().get(4).style());
    }

    @Test
    void literalsCommentsCastsAndOperatorsAreLeftAlone() {
        String sql = "SELECT ':x', \"@y\", $$ $1 $$, a::int, b @> c, d <@ e, f ?| g, h[1:2] -- :z\nFROM t /* @w */";
        ParameterScanner.Scanned s = ParameterScanner.scan(sql);
        assertEquals(sql, s.jdbc());
        assertEquals(List.of(), s.refs());
    }

    @Test
    void reservedWordsAsNamesSurviveBecauseTheTextNeverHoldsThem() {
        ParameterScanner.Scanned s = ParameterScanner.scan("SELECT * FROM t WHERE a = sqlc.arg('else') AND b = @select");
        assertEquals("SELECT * FROM t WHERE a = ? AND b = ?", s.jdbc());
        assertEquals(List.of("@else", "@select"), keys(s));
    }

    @Test
    void offsetsMapBackToTheOriginalText() {
        String sql = "SELECT a FROM t WHERE b = sqlc.arg(long_name) AND c = d";
        ParameterScanner.Scanned s = ParameterScanner.scan(sql);
        int rewrittenC = s.jdbc().indexOf("c = d");
        assertEquals(sql.indexOf("c = d"), s.offsets().toOriginal(rewrittenC));
        int rewrittenParam = s.jdbc().indexOf('?');
        assertEquals(sql.indexOf("sqlc"), s.offsets().toOriginal(rewrittenParam));
        assertEquals(sql.indexOf("sqlc"), s.refs().get(0).start());
        assertEquals(sql.indexOf(") AND") + 1, s.refs().get(0).end());
    }

    @Test
    void theSameNumberedOrNamedParameterSharesAKey() {
        ParameterScanner.Scanned s = ParameterScanner.scan("SELECT $1, $2, $1, @a, @a");
        assertEquals(List.of("$1", "$2", "$1", "@a", "@a"), keys(s));
        assertEquals(List.of(1, 2, 3, 4, 5), s.refs().stream().map(ParamRef::slot).toList());
    }

    @Test
    void mysqlUserVariablesAreNeverParameters() {
        String sql = "SELECT @n := @n + 1, @@session.sql_mode, a FROM t WHERE b = ? AND c = @limit AND d = sqlc.arg(x)";
        ParameterScanner.Scanned s = ParameterScanner.scan(sql, dev.quarry.core.config.Engine.MYSQL);
        assertEquals("SELECT @n := @n + 1, @@session.sql_mode, a FROM t WHERE b = ? AND c = @limit AND d = ?", s.jdbc());
        assertEquals(List.of("?1", "@x"), keys(s));
    }

    @Test
    void mysqlHashCommentsAndBackslashEscapesHideParameterLookalikes() {
        String sql = "SELECT 'it\\'s ?', \"say \\\"?\\\"\", a # where b = ? and :c\nFROM t WHERE d = ?";
        ParameterScanner.Scanned s = ParameterScanner.scan(sql, dev.quarry.core.config.Engine.MYSQL);
        assertEquals(List.of("?1"), keys(s));
        assertEquals(sql.lastIndexOf('?'), s.refs().get(0).start());
        assertEquals(sql.substring(0, sql.length() - 1) + "?", s.jdbc());
    }

    @Test
    void outsideMysqlAHashIsNoCommentAndAtNamesAreParameters() {
        ParameterScanner.Scanned s = ParameterScanner.scan("SELECT a # b FROM t WHERE c = @c AND d = ?",
                dev.quarry.core.config.Engine.SQLITE);
        assertEquals(List.of("@c", "?2"), keys(s));
    }
}

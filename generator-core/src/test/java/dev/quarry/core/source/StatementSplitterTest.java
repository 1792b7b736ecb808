package dev.quarry.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> texts(String sql) {
        return StatementSplitter.split(sql).stream().map(p -> p.text().strip()).toList();
    }

    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        String sql = "CREATE TABLE a (x text DEFAULT ';');\n-- a comment; with a semicolon\n"
                + "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n/* block; */ SELECT \"a;b\" FROM t";
        assertEquals(List.of("CREATE TABLE a (x text DEFAULT ';')",
                "-- a comment; with a semicolon\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
                "/* block; */ SELECT \"a;b\" FROM t"), texts(sql));
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() {
        String sql = "SELECT 1;\n  SELECT 2;";
        StatementSplitter.Piece second = StatementSplitter.split(sql).get(1);
        assertEquals(sql.indexOf("SELECT 2"), second.start());
        assertEquals("SELECT 2", second.text());
        assertEquals(sql.length() - 1, second.end());
    }

    @Test
    void triggerBodiesStayWhole() {
        String sql = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END;\nSELECT 1;";
        assertEquals(2, texts(sql).size());
    }

    @Test
    void commentOnlyPiecesAreDropped() {
        assertEquals(List.of("SELECT 1"), texts("-- nothing\n;\nSELECT 1;\n-- end\n"));
    }

    @Test
    void mysqlHashCommentsAndBackslashEscapesDoNotSplit() {
        String sql = "CREATE TABLE a (x INT); # a comment; with a semicolon\nINSERT INTO a VALUES ('it\\'s; here');\n# only a comment;\n";
        List<StatementSplitter.Piece> pieces = StatementSplitter.split(sql, 0, sql.length(), true);
        assertEquals(List.of("CREATE TABLE a (x INT)", "# a comment; with a semicolon\nINSERT INTO a VALUES ('it\\'s; here')"),
                pieces.stream().map(StatementSplitter.Piece::text).toList());
    }

    @Test
    void outsideMysqlAHashIsNoCommentAndBackslashesDoNotEscape() {
        String sql = "SELECT 1 # 2; SELECT 'a\\'; SELECT 3";
        assertEquals(List.of("SELECT 1 # 2", "SELECT 'a\\'", "SELECT 3"),
                StatementSplitter.split(sql).stream().map(StatementSplitter.Piece::text).toList());
    }
}

package dev.quarry.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

class SqlParserTest {
    private final SqlParser postgres = new SqlParser(Engine.POSTGRESQL);

    @Test
    void parsesAStatementWithAFinalSemicolon() {
        assertInstanceOf(SqlParser.Parsed.class, postgres.parse("SELECT 1;"));
    }

    @Test
    void trailingTokensAreASyntaxErrorAtTheirPosition() {
        String sql = "SELECT * FROM authors WHERE";
        SqlParser.Failed failed = assertInstanceOf(SqlParser.Failed.class, postgres.parse(sql));
        assertEquals(sql.indexOf("WHERE"), failed.offset());
        assertTrue(failed.message().contains("WHERE"), failed.message());
    }

    @Test
    void keywordsUsedAsColumnNamesAreQuotedAndOffsetsStillPointIntoTheInput() {
        String sql = "SELECT id FROM t WHERE uuid = ? AND nope(";
        SqlParser.Failed failed = assertInstanceOf(SqlParser.Failed.class, postgres.parse(sql));
        // reported in the input's coordinates although the parser saw "uuid" quoted (two characters more)
        assertTrue(failed.offset() >= sql.indexOf("nope(") && failed.offset() <= sql.length(), "" + failed.offset());
        SqlParser.Parsed parsed = assertInstanceOf(SqlParser.Parsed.class, postgres.parse("SELECT id FROM t WHERE uuid = ?"));
        assertTrue(parsed.parsedText().contains("\"uuid\""), parsed.parsedText());
        int inParsed = parsed.parsedText().indexOf(" = ?");
        assertEquals("SELECT id FROM t WHERE uuid = ?".indexOf(" = ?"), parsed.toInput().toOriginal(inParsed));
        assertInstanceOf(PlainSelect.class, parsed.statement());
    }

    @Test
    void mysqlNamesThatJsqlparserTakesForKeywordsAreQuotedWhereverItStops() {
        SqlParser mysql = new SqlParser(Engine.MYSQL);
        for (String sql : new String[] {
                "RENAME TABLE absent TO present", // stops at the word
                "ALTER TABLE t ADD COLUMN absent INT", // stops at COLUMN, before the word
                "ALTER TABLE t RENAME COLUMN action TO done", // stops at RENAME, two words before
                "CREATE TABLE absent (id INT)"}) { // gives up silently: an UnsupportedStatement
            SqlParser.Parsed parsed = assertInstanceOf(SqlParser.Parsed.class, mysql.parse(sql), sql);
            assertTrue(parsed.parsedText().matches(".*`(absent|action)`.*"), parsed.parsedText());
            assertTrue(!(parsed.statement() instanceof net.sf.jsqlparser.statement.UnsupportedStatement), sql);
        }
    }

    @Test
    void quotingThatGetsTheParserNoFurtherKeepsTheFirstError() {
        SqlParser mysql = new SqlParser(Engine.MYSQL);
        // "action" qualifies as a name, but quoted it still trails the statement
        String sql = "SELECT a FROM t LIMIT 1 action";
        SqlParser.Failed failed = assertInstanceOf(SqlParser.Failed.class, mysql.parse(sql));
        assertEquals(sql.indexOf("action"), failed.offset());
        assertEquals("syntax error at \"action\"", failed.message());
        // reserved words are never quoted: DROP FOREIGN KEY stays an error at the name
        SqlParser.Failed fk = assertInstanceOf(SqlParser.Failed.class, mysql.parse("ALTER TABLE t DROP FOREIGN KEY fk"));
        assertEquals("ALTER TABLE t DROP FOREIGN KEY ".length(), fk.offset());
    }

    @Test
    void anErrorPointsAtTheOffendingToken() {
        String sql = "SELECT a,, b FROM t";
        SqlParser.Failed failed = assertInstanceOf(SqlParser.Failed.class, postgres.parse(sql));
        assertEquals(sql.indexOf(",,"), failed.offset());
    }

    @Test
    void sqliteInsertOrAndReplaceParseAsInsertWithOffsetsKept() {
        SqlParser sqlite = new SqlParser(dev.quarry.core.config.Engine.SQLITE);
        for (String verb : new String[] {"INSERT OR IGNORE", "insert or replace", "INSERT  OR\n ROLLBACK", "REPLACE",
                "INSERT OR ABORT", "INSERT OR FAIL"}) {
            SqlParser.Parsed parsed = assertInstanceOf(SqlParser.Parsed.class,
                    sqlite.parse(verb + " INTO t (a) VALUES (?)"), verb);
            assertInstanceOf(net.sf.jsqlparser.statement.insert.Insert.class, parsed.statement(), verb);
            assertEquals(verb.length() + " INTO t (a) VALUES (?)".length(), parsed.parsedText().length());
        }
        SqlParser.Failed failed = assertInstanceOf(SqlParser.Failed.class,
                sqlite.parse("INSERT OR IGNORE INTO t (a) VALUES (?,)"));
        assertEquals("INSERT OR IGNORE INTO t (a) VALUES (?".length(), failed.offset());
    }

    @Test
    void sqliteIsAndIsNotComparisonsParseAsIsDistinctFromWithOffsetsKept() {
        SqlParser sqlite = new SqlParser(Engine.SQLITE);
        String sql = "SELECT a IS b AS same, a IS NOT /* c */ 'x' AS differs, b IS NULL, b IS NOT TRUE FROM t WHERE c IS ?";
        SqlParser.Parsed parsed = assertInstanceOf(SqlParser.Parsed.class, sqlite.parse(sql));
        assertEquals("SELECT a IS NOT DISTINCT FROM b AS same, a IS DISTINCT FROM /* c */ 'x' AS differs, b IS NULL, "
                + "b IS NOT TRUE FROM t WHERE c IS NOT DISTINCT FROM ?", parsed.parsedText());
        String text = parsed.parsedText();
        for (String token : new String[] {" AS same", "'x'", " AS differs", "b IS NULL", "?"}) {
            assertEquals(sql.indexOf(token), parsed.toInput().toOriginal(text.indexOf(token)), token);
        }
        // the inserted words stand where the IS's operand (or its NOT) begins
        assertEquals(sql.indexOf("b AS same"), parsed.toInput().toOriginal(text.indexOf("NOT DISTINCT")));
        assertEquals(sql.indexOf("NOT /*"), parsed.toInput().toOriginal(text.indexOf("DISTINCT FROM /*")));
        // an error after a rewritten IS is still reported where it is in the input
        SqlParser.Failed failed = assertInstanceOf(SqlParser.Failed.class, sqlite.parse("SELECT a IS b FROM t WHERE ,"));
        assertEquals("SELECT a IS b FROM t ".length(), failed.offset());
        assertInstanceOf(SqlParser.Failed.class, postgres.parse("SELECT a IS b FROM t"));
    }
}

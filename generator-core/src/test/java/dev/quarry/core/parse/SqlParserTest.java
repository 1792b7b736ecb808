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
}

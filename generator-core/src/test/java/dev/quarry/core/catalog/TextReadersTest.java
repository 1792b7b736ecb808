package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text-level readers: classification, DROP TYPE, SQLite options, the blanking workarounds. */
class TextReadersTest {

    private static List<DdlTokens.Token> tokens(String sql) {
        return DdlTokens.read(sql, 0, sql.length(), false);
    }

    private static StatementKind kind(String sql) {
        return StatementClassifier.classify(tokens(sql));
    }

    @Test
    void classifiesByTheFirstWords() {
        assertEquals(StatementKind.CREATE_TABLE, kind("-- c\nCREATE TEMPORARY TABLE IF NOT EXISTS t (a int)"));
        assertEquals(StatementKind.CREATE_TABLE, kind("create unlogged table t (a int)"));
        assertEquals(StatementKind.CREATE_VIEW, kind("CREATE OR REPLACE VIEW v AS SELECT 1"));
        assertEquals(StatementKind.CREATE_VIEW, kind("CREATE MATERIALIZED VIEW v AS SELECT 1"));
        assertEquals(StatementKind.PASS_OVER, kind("CREATE UNIQUE INDEX i ON t (a)"));
        assertEquals(StatementKind.CREATE_FUNCTION, kind("CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ SELECT 1 $$"));
        assertEquals(StatementKind.COMMENT, kind("/* x */ COMMENT ON TABLE t IS 'x'"));
        assertEquals(StatementKind.CREATE_DOMAIN, kind("CREATE DOMAIN d AS text NOT NULL"));
        assertEquals(StatementKind.ALTER_TABLE, kind("ALTER TABLE t ADD a int"));
        assertEquals(StatementKind.ALTER_TYPE, kind("ALTER TYPE mood ADD VALUE 'x'"));
        assertEquals(StatementKind.PASS_OVER, kind("ALTER SEQUENCE s RESTART"));
        assertEquals(StatementKind.DROP_TYPE, kind("DROP TYPE mood"));
        assertEquals(StatementKind.CREATE_SCHEMA, kind("CREATE SCHEMA IF NOT EXISTS app"));
        assertEquals(StatementKind.DROP_SCHEMA, kind("DROP SCHEMA app CASCADE"));
        assertEquals(StatementKind.ALTER_SCHEMA, kind("ALTER SCHEMA app RENAME TO b"));
        assertEquals(StatementKind.DROP, kind("DROP INDEX i"));
        assertEquals(StatementKind.OTHER, kind("CREATE VIRTUAL TABLE f USING fts5(x)"));
        assertTrue(StatementKind.CREATE_TYPE.changesSchema());
        assertTrue(!StatementKind.OTHER.changesSchema());
    }

    @Test
    void readsDropTypeAndDropSchema() {
        DropListReader.DropList drop = assertInstanceOf(DropListReader.DropList.class,
                DropListReader.read(tokens("DROP TYPE IF EXISTS app.\"Mood\", other RESTRICT")));
        assertTrue(drop.ifExists());
        assertEquals(List.of("app.\"Mood\"", "other"), drop.names().stream().map(DropListReader.Name::raw).toList());
        assertEquals(20, drop.names().get(0).start());
        assertTrue(!drop.cascade());
        assertTrue(assertInstanceOf(DropListReader.DropList.class,
                DropListReader.read(tokens("DROP SCHEMA a, b CASCADE"))).cascade());
        DropListReader.Malformed bad = assertInstanceOf(DropListReader.Malformed.class,
                DropListReader.read(tokens("DROP TYPE")));
        assertEquals(9, bad.offset());
    }

    @Test
    void readsSqliteTableOptions() {
        String sql = "CREATE TABLE t (a TEXT PRIMARY KEY, b INT CHECK (b > 0)) STRICT , WITHOUT ROWID";
        SqliteTableOptions options = SqliteTableOptions.read(tokens(sql));
        assertTrue(options.strict());
        assertTrue(options.withoutRowid());
        assertEquals(") STRICT , WITHOUT ROWID".length() - 2, options.to() - options.from());
        assertEquals(SqliteTableOptions.NONE, SqliteTableOptions.read(tokens("CREATE TABLE t (a INT)")));
        assertEquals(SqliteTableOptions.NONE, SqliteTableOptions.read(tokens("CREATE TABLE t AS SELECT max(a) FROM u")));
    }

    @Test
    void blanksKeepOffsetsAndLineBreaks() {
        String sql = "ALTER TABLE t ALTER COLUMN a SET DATA TYPE bigint";
        ParserWorkarounds.Result found = ParserWorkarounds.find(Engine.POSTGRESQL, StatementKind.ALTER_TABLE, tokens(sql));
        assertEquals("ALTER TABLE t ALTER COLUMN a          TYPE bigint", ParserWorkarounds.blank(sql, found.blanks()));
        String meta = "\\connect db\r\nCREATE TABLE t (a int);\n  \\set x 'a;b'\nSELECT '\n\\not meta';";
        String blanked = ParserWorkarounds.blank(meta, ParserWorkarounds.metaCommands(meta));
        assertEquals(meta.length(), blanked.length());
        assertEquals("           \r\nCREATE TABLE t (a int);\n              \nSELECT '\n\\not meta';", blanked);
    }
}

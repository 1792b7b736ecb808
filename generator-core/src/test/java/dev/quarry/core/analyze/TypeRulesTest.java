package dev.quarry.core.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import org.junit.jupiter.api.Test;

/** How expressions are typed where PostgreSQL has a rule of its own, one rule at a time. */
class TypeRulesTest {

    private static String columns(String sql) {
        Analysis a = Analysis.postgres("-- name: Q :many\n" + sql + ";\n");
        assertEquals("", a.diagnostics(), sql);
        return a.columns("Q");
    }

    @Test
    void anUntypedLiteralOfASetOperationArmTakesTheOtherArmsType() {
        assertEquals("mood mood?", columns("SELECT mood FROM authors UNION SELECT 'ok'"));
        assertEquals("?column? mood?", columns("SELECT 'ok' UNION SELECT mood FROM authors"));
        assertEquals("pages int4?", columns("SELECT pages FROM books UNION ALL SELECT NULL"));
        assertEquals("?column? text", columns("SELECT 'a' UNION SELECT 'b'"));
    }

    @Test
    void builtInSetReturningFunctionsNameTheirColumnsByTheirOutParameters() {
        assertEquals("key text, value text?", columns("SELECT kv.key, kv.value FROM jsonb_each_text('{}'::jsonb) AS kv"));
        assertEquals("value jsonb", columns("SELECT e.value FROM jsonb_array_elements('[]'::jsonb) AS e"));
        assertEquals("u int4?, n int8", columns("SELECT u, n FROM unnest(ARRAY[1, 2]) WITH ORDINALITY AS t(u, n)"));
        assertEquals("g int4, ordinality int8", columns("SELECT * FROM generate_series(1, 3) WITH ORDINALITY AS g"));
    }

    @Test
    void anArraySubqueryIsAnArrayOfItsColumnAndNeverNull() {
        assertEquals("ids int8[], titles varchar[]", columns("""
                SELECT ARRAY(SELECT b.id FROM books b WHERE b.author_id = a.id) AS ids,
                       ARRAY(SELECT title FROM books) AS titles FROM authors a"""));
    }

    @Test
    void trimPositionAndSubstringKeywordFormsAreTheirFunctions() {
        assertEquals("t text, b text?, p int4, s text?", columns("""
                SELECT trim(name) AS t, trim(LEADING 'x' FROM bio) AS b, position('a' IN name) AS p,
                       substring(bio FROM 1 FOR 3) AS s FROM authors"""));
    }

    @Test
    void subscriptsIndexSliceAndReadJsonb() {
        assertEquals("e int4?, s int4[], j jsonb?", columns("""
                SELECT (ARRAY[1, 2])[2] AS e, (SELECT ARRAY[1, 2, 3])[1:2] AS s, ('{}'::jsonb)['k'] AS j"""));
        Analysis a = Analysis.postgres("-- name: Q :many\nSELECT ARRAY(SELECT pages FROM books)[$1] AS p;\n");
        assertEquals("p1 int4 @[1]", a.params("Q"), a.diagnostics());
    }

    @Test
    void aDoubleColonCastIsAnErrorNamingTheEngineThatLacksIt() {
        String schema = "CREATE TABLE books (id INTEGER PRIMARY KEY, pages INTEGER NOT NULL);";
        String query = "-- name: Pages :many\nSELECT pages::text FROM books;\n";
        assertTrue(Analysis.of(Engine.SQLITE, schema, query).diagnostics()
                .contains("error: engine sqlite has no :: cast"), Analysis.of(Engine.SQLITE, schema, query).diagnostics());
        assertTrue(Analysis.of(Engine.MARIADB, schema, query).diagnostics()
                .contains("error: engine mariadb has no :: cast"), Analysis.of(Engine.MARIADB, schema, query).diagnostics());
    }
}

package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.types.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE FUNCTION signatures, read from tokens since JSqlParser keeps them opaque. */
class CreateFunctionTest {

    private static List<String> names(List<SqlType> types) {
        return types.stream().map(SqlType::name).toList();
    }

    @Test
    void readsNamedAndUnnamedArgumentsDefaultsAndTheReturnType() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE OR REPLACE FUNCTION score(author_id bigint, weight double precision DEFAULT 1.0,
                    OUT ignored int, VARIADIC tags text[]) RETURNS numeric STRICT LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE FUNCTION f(timestamp with time zone, character varying(20), mood) RETURNS SETOF mood
                    LANGUAGE plpgsql AS $body$ BEGIN RETURN; END; $body$;
                """);
        UserFunction score = ddl.catalog().functions("score").get(0);
        assertEquals(List.of("int8", "float8", "text[]"), names(score.params()));
        assertEquals("numeric", score.returnType().name());
        assertTrue(score.strict());
        assertFalse(score.returnsSet());
        UserFunction f = ddl.catalog().functions("F").get(0);
        assertEquals(List.of("timestamptz", "varchar", "mood"), names(f.params()));
        assertTrue(f.returnsSet());
        assertFalse(f.strict());
        assertEquals("mood", f.returnType().name());
    }

    @Test
    void returnsTableGivesResultColumnsAndDefaultsAllowShorterCalls() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL,
                "CREATE FUNCTION top(n int DEFAULT 10) RETURNS TABLE (id bigint, title text) LANGUAGE sql AS 'SELECT 1, ''a''';");
        UserFunction top = ddl.catalog().functions("top").get(0);
        assertEquals(List.of("id", "title"), top.resultColumns().stream().map(Column::name).toList());
        assertTrue(top.accepts(0) && top.accepts(1) && !top.accepts(2));
    }

    @Test
    void replaceKeepsOneOverloadAndDropRemovesThemAll() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE OR REPLACE FUNCTION g(a int) RETURNS bigint LANGUAGE sql AS 'SELECT 1';
                CREATE FUNCTION g(a text) RETURNS text LANGUAGE sql AS 'SELECT 1';
                """);
        assertEquals(List.of("int8", "text"), ddl.catalog().functions("g").stream().map(f -> f.returnType().name()).toList());
        Ddl dropped = Ddl.clean(Engine.POSTGRESQL, "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "DROP FUNCTION g;\n");
        assertTrue(dropped.catalog().functions("g").isEmpty());
    }
}

package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE / DROP VIEW: recorded with the parsed query, typed later by the analyzer. */
class ViewTest {

    @Test
    void recordsAViewWithItsColumnNamesAndQuery() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE TABLE users (id int PRIMARY KEY, name text);
                CREATE SCHEMA app;
                CREATE VIEW app.named_users (user_id, user_name) AS SELECT id, name FROM users WHERE name IS NOT NULL;
                """);
        View view = ddl.catalog().view("app", "named_users").orElseThrow();
        assertEquals(List.of("user_id", "user_name"), view.columnNames());
        assertTrue(view.query().toString().contains("FROM users"), view.query().toString());
        assertEquals("schema1.sql:3:1", view.definition().span().location());
    }

    @Test
    void orReplaceReplacesAndDropRemoves() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE TABLE t (a int, b int);
                CREATE VIEW v AS SELECT a FROM t;
                CREATE OR REPLACE VIEW v AS SELECT a, b FROM t;
                CREATE VIEW w AS SELECT b FROM t;
                DROP VIEW IF EXISTS w, nope;
                """);
        assertEquals(List.of("v"), ddl.catalog().views().stream().map(View::name).toList());
        assertTrue(ddl.catalog().view(null, "v").orElseThrow().query().toString().contains("a, b"));
    }

    @Test
    void aSecondViewOfTheSameNameIsAnError() {
        Ddl ddl = Ddl.postgres("CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT a FROM t;\nCREATE VIEW v AS SELECT a FROM t;\n");
        assertEquals("duplicate-table", ddl.only().code());
        assertEquals(3, ddl.only().span().line());
    }
}

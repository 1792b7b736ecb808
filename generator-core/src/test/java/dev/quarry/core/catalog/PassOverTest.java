package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements that do not change tables, and statements that cannot be parsed. */
class PassOverTest {

    @Test
    void postgresStatementsThatDoNotChangeTablesArePassedOverSilently() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                \\connect app
                BEGIN;
                CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
                SET search_path = public;
                CREATE TABLE users (id int PRIMARY KEY, name text);
                CREATE INDEX users_name ON users (name);
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_name_u ON users USING btree (lower(name));
                COMMENT ON TABLE users IS 'people; and more';
                COMMENT ON COLUMN users.name IS 'x';
                GRANT SELECT ON users TO reader;
                REVOKE ALL ON users FROM PUBLIC;
                CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$
                BEGIN NEW.name = lower(NEW.name); RETURN NEW; END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE VIEW user_names AS SELECT name FROM users;
                \\set ON_ERROR_STOP on
                NOTIFY changes;
                COMMIT;
                """);
        assertEquals(List.of("public.users"), ddl.catalog().tables().stream().map(Table::qualifiedName).toList());
        assertEquals(2, ddl.table("users").columns().size());
    }

    @Test
    void sqliteStatementsThatDoNotChangeTablesArePassedOverSilently() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                PRAGMA foreign_keys = ON;
                CREATE TABLE t (id INTEGER PRIMARY KEY, n INT);
                CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET n = 1; END;
                INSERT OR IGNORE INTO t (n) VALUES (1);
                """);
        assertEquals(2, ddl.table("t").columns().size());
    }

    @Test
    void anUnparseableSchemaChangeIsAnErrorAtItsPosition() {
        Ddl ddl = Ddl.postgres("CREATE TABLE ok (a int);\nCREATE TABLE broken (a int,, b int);\n");
        Diagnostic d = ddl.only();
        assertTrue(d.isError());
        assertEquals("parse-error", d.code());
        assertEquals(2, d.span().line());
        assertTrue(ddl.catalog().table(null, "ok").isPresent());
    }

    @Test
    void anUnparseableStatementThatChangesNoTableIsAWarning() {
        Ddl ddl = Ddl.postgres("CREATE TABLE ok (a int);\nFROBNICATE everything now;\n");
        Diagnostic d = ddl.only();
        assertFalse(d.isError());
        assertEquals("parse-error", d.code());
        assertEquals("schema1.sql:2:1", d.span().location());
    }

    @Test
    void anUnparseableViewIsAnErrorSinceQueriesMayReadIt() {
        Ddl ddl = Ddl.postgres("CREATE VIEW v AS SELECT FROM FROM;");
        assertTrue(ddl.only().isError());
    }

    @Test
    void metaCommandsDoNotSwallowTheNextStatement() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, "\\c app\nCREATE TABLE t (a int);\n\\i other.sql\nCREATE TABLE u (b int);\n");
        assertEquals(2, ddl.catalog().tables().size());
    }
}

package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ALTER TABLE. */
class AlterTableTest {
    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, name text, age int);\n";

    private static List<String> names(Ddl ddl, String table) {
        return ddl.table(table).columns().stream().map(Column::name).toList();
    }

    @Test
    void addColumnInAllSpellings() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, USERS + """
                ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT '';
                ALTER TABLE users ADD nick varchar(10);
                ALTER TABLE IF EXISTS users ADD COLUMN a int, ADD COLUMN b serial;
                ALTER TABLE users ADD COLUMN IF NOT EXISTS name int;
                ALTER TABLE IF EXISTS nothing_here ADD COLUMN z int;
                """);
        assertEquals(List.of("id", "name", "age", "email", "nick", "a", "b"), names(ddl, "users"));
        assertEquals("text not null default", ddl.shape("users", "email"));
        assertEquals("varchar null", ddl.shape("users", "nick"));
        assertEquals("int4 not null default", ddl.shape("users", "b"));
        assertEquals("text null", ddl.shape("users", "name"));
    }

    @Test
    void addingAnExistingColumnIsAnError() {
        Ddl ddl = Ddl.postgres(USERS + "ALTER TABLE users ADD COLUMN name text;\n");
        Diagnostic d = ddl.only();
        assertEquals("duplicate-column", d.code());
        assertEquals("schema1.sql:2:30", d.span().location());
    }

    @Test
    void dropColumn() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, USERS + """
                ALTER TABLE users DROP COLUMN age;
                ALTER TABLE users DROP COLUMN IF EXISTS age;
                ALTER TABLE users DROP name;
                """);
        assertEquals(List.of("id"), names(ddl, "users"));
    }

    @Test
    void droppingAKeyColumnDropsTheKey() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, "CREATE TABLE t (a int, b int, PRIMARY KEY (a, b));\n"
                + "ALTER TABLE t DROP COLUMN a;\n");
        assertEquals(List.of(), ddl.table("t").primaryKey());
        assertTrue(ddl.column("t", "b").notNull());
    }

    @Test
    void renameColumnAndTable() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, USERS + """
                ALTER TABLE users RENAME COLUMN id TO user_id;
                ALTER TABLE users RENAME name TO full_name;
                ALTER TABLE users RENAME TO people;
                """);
        assertTrue(ddl.catalog().table(null, "users").isEmpty());
        assertEquals(List.of("user_id", "full_name", "age"), names(ddl, "people"));
        assertEquals(List.of("user_id"), ddl.table("people").primaryKey());
        assertEquals("int8 not null", ddl.shape("people", "user_id"));
    }

    @Test
    void renamingOntoAnExistingNameIsAnError() {
        Ddl ddl = Ddl.postgres(USERS + "CREATE TABLE people (x int);\nALTER TABLE users RENAME TO people;\n"
                + "ALTER TABLE users RENAME COLUMN age TO name;\n");
        assertEquals(List.of("duplicate-table", "duplicate-column"), ddl.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void setAndDropNotNullAndDefault() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, USERS + """
                ALTER TABLE users ALTER COLUMN name SET NOT NULL;
                ALTER TABLE users ALTER age SET DEFAULT 18;
                ALTER TABLE ONLY users ALTER COLUMN age SET NOT NULL, ALTER COLUMN age DROP DEFAULT;
                ALTER TABLE users ALTER COLUMN name DROP NOT NULL, ALTER COLUMN name SET DEFAULT 'x';
                """);
        assertEquals("text null default", ddl.shape("users", "name"));
        assertEquals("int4 not null", ddl.shape("users", "age"));
    }

    @Test
    void alterColumnTypeBothSpellings() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, USERS + """
                CREATE TYPE mood AS ENUM ('a', 'b');
                ALTER TABLE users ALTER COLUMN age TYPE bigint USING age::bigint;
                ALTER TABLE users ALTER COLUMN name SET DATA TYPE varchar(100);
                ALTER TABLE users ADD COLUMN m text, ALTER COLUMN m SET DATA TYPE mood[] USING NULL;
                """);
        assertEquals("int8 null", ddl.shape("users", "age"));
        assertEquals("varchar null", ddl.shape("users", "name"));
        assertEquals("mood[]", ddl.type("users", "m").name());
    }

    @Test
    void addPrimaryKeyConstraintMakesColumnsNotNull() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE TABLE t (a int, b int, c int);
                ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY (b, a);
                ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (c) REFERENCES t (a);
                ALTER TABLE t ADD CONSTRAINT t_u UNIQUE (c);
                """);
        assertEquals(List.of("b", "a"), ddl.table("t").primaryKey());
        assertEquals("int4 not null", ddl.shape("t", "a"));
        assertEquals("int4 null", ddl.shape("t", "c"));
    }

    @Test
    void dropPrimaryKeyConstraintByItsName() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE TABLE t (a int PRIMARY KEY, b int);
                ALTER TABLE t DROP CONSTRAINT some_other;
                ALTER TABLE t DROP CONSTRAINT t_pkey;
                """);
        assertEquals(List.of(), ddl.table("t").primaryKey());
        assertTrue(ddl.column("t", "a").notNull());
    }

    @Test
    void unknownTableIsAnErrorAtItsNameWithAHint() {
        Ddl ddl = Ddl.postgres(USERS + "ALTER TABLE usrs ADD COLUMN x int;\n");
        Diagnostic d = ddl.only();
        assertEquals("unknown-table", d.code());
        assertEquals("schema1.sql:2:13", d.span().location());
        assertEquals("table \"usrs\" does not exist", d.message());
        assertEquals("did you mean \"users\"?", d.hint());
    }

    @Test
    void unknownColumnIsAnErrorAtItsNameWithAHint() {
        Ddl ddl = Ddl.postgres(USERS + "ALTER TABLE users\n  ALTER COLUMN nme SET NOT NULL;\n");
        Diagnostic d = ddl.only();
        assertEquals("unknown-column", d.code());
        assertEquals("schema1.sql:3:16", d.span().location());
        assertEquals("column \"nme\" of table \"users\" does not exist", d.message());
        assertEquals("did you mean \"name\"?", d.hint());
        String rendered = ddl.rendered();
        assertTrue(rendered.contains("schema1.sql:3:16: error: column \"nme\" of table \"users\" does not exist\n"
                + "    ALTER COLUMN nme SET NOT NULL;\n"
                + "                 ^~~\n"
                + "  hint: did you mean \"name\"?\n"), rendered);
    }

    @Test
    void everyColumnActionChecksTheColumn() {
        Ddl ddl = Ddl.postgres(USERS + """
                ALTER TABLE users DROP COLUMN x1;
                ALTER TABLE users RENAME COLUMN x2 TO y;
                ALTER TABLE users ALTER COLUMN x3 DROP DEFAULT;
                ALTER TABLE users ALTER COLUMN x4 TYPE int;
                ALTER TABLE users ADD PRIMARY KEY (x5);
                """);
        assertEquals(5, ddl.diagnostics().size(), ddl.rendered());
        assertTrue(ddl.diagnostics().stream().allMatch(d -> d.code().equals("unknown-column")));
        assertEquals(List.of(2, 3, 4, 5, 6), ddl.diagnostics().stream().map(d -> d.span().line()).toList());
    }

    @Test
    void sqliteAlterTable() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
                ALTER TABLE t ADD COLUMN b INT NOT NULL DEFAULT 0;
                ALTER TABLE t RENAME COLUMN A TO c;
                ALTER TABLE t DROP COLUMN b;
                ALTER TABLE t RENAME TO u;
                """);
        assertEquals(List.of("id", "c"), names(ddl, "u"));
    }

    @Test
    void sqliteAddsAColumnWithoutATypeWithBlobAffinity() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE t (id INTEGER PRIMARY KEY);
                ALTER TABLE t ADD COLUMN anything;
                ALTER TABLE t ADD keyed NOT NULL DEFAULT 1;
                ALTER TABLE t ADD COLUMN [ref] DEFAULT 'x' REFERENCES t (id);
                """);
        assertEquals("bytea null", ddl.shape("t", "anything"));
        assertEquals("bytea not null default", ddl.shape("t", "keyed"));
        assertEquals("bytea null default", ddl.shape("t", "ref"));
    }

    @Test
    void elsewhereAnAddedColumnWithoutATypeIsAnError() {
        Ddl ddl = Ddl.postgres("CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN note;\n");
        Diagnostic d = ddl.only();
        assertEquals("missing-type", d.code());
        assertEquals("schema1.sql:2:26", d.span().location());
    }
}

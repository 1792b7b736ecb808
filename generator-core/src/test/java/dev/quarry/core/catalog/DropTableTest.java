package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DROP TABLE. */
class DropTableTest {

    @Test
    void dropsSeveralTablesAndToleratesMissingOnesWithIfExists() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE SCHEMA app;
                CREATE TABLE a (x int);
                CREATE TABLE b (x int);
                CREATE TABLE c (x int);
                CREATE TABLE app.d (x int);
                DROP TABLE IF EXISTS a, nope, app.d CASCADE;
                DROP TABLE b;
                """);
        assertEquals(List.of("public.c"), ddl.catalog().tables().stream().map(Table::qualifiedName).toList());
    }

    @Test
    void droppingAnUnknownTableIsAnErrorWithAHint() {
        Ddl ddl = Ddl.postgres("CREATE TABLE users (id int);\nDROP TABLE user;\n");
        Diagnostic d = ddl.only();
        assertEquals("unknown-table", d.code());
        assertEquals("schema1.sql:2:12", d.span().location());
        assertEquals("did you mean \"users\"?", d.hint());
    }

    @Test
    void aTableCanBeCreatedAgainAfterItWasDropped() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE t (a INT);
                DROP TABLE t;
                CREATE TABLE t (b TEXT);
                """);
        assertEquals("text null", ddl.shape("t", "b"));
    }

    @Test
    void statementsApplyAcrossFilesInOrder() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, "CREATE TABLE t (a int);", "DROP TABLE t;", "CREATE TABLE t (b int);");
        assertEquals(List.of("b"), ddl.table("t").columns().stream().map(Column::name).toList());
    }

    @Test
    void aTableMadeByCreateTableAsSelectIsDroppedLikeAnyTable() {
        Ddl ddl = Ddl.clean(Engine.MYSQL, """
                CREATE TABLE t (a INT);
                CREATE TEMPORARY TABLE scratch AS SELECT a FROM t;
                DROP TEMPORARY TABLE scratch;
                CREATE TABLE kept AS SELECT a FROM t;
                DROP TABLE kept;
                """);
        assertEquals(List.of(), ddl.catalog().views());
    }
}

package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.types.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE / DROP / ALTER SCHEMA and SET SCHEMA: PostgreSQL's schemas tracked in the catalog. */
class SchemaStatementsTest {

    private static List<String> tables(Ddl ddl) {
        return ddl.catalog().tables().stream().map(Table::qualifiedName).toList();
    }

    @Test
    void createdSchemasHoldTablesAndAreListed() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE SCHEMA app;
                CREATE SCHEMA IF NOT EXISTS app;
                CREATE SCHEMA "Reports" AUTHORIZATION postgres;
                CREATE SCHEMA AUTHORIZATION postgres;
                CREATE TABLE app.users (id int);
                CREATE TABLE "Reports".daily (id int);
                CREATE TABLE postgres.notes (id int);
                """);
        assertEquals(List.of("app.users", "postgres.notes", "Reports.daily"), tables(ddl));
        assertEquals(List.of("public", "pg_catalog", "information_schema", "app", "Reports", "postgres"),
                ddl.catalog().schemas());
    }

    @Test
    void aSchemaNeverCreatedIsAnErrorWithADidYouMean() {
        Ddl ddl = Ddl.postgres("CREATE SCHEMA audit;\nCREATE TABLE audti.events (id int);\n");
        Diagnostic d = ddl.only();
        assertEquals("unknown-schema", d.code());
        assertEquals("schema \"audti\" does not exist", d.message());
        assertEquals("schema1.sql:2:14", d.span().location());
        assertEquals("did you mean \"audit\"?", d.hint());
        assertTrue(ddl.catalog().tables().isEmpty());
    }

    @Test
    void everyKindOfObjectNeedsItsSchema() {
        Ddl ddl = Ddl.postgres("""
                CREATE TYPE nope.mood AS ENUM ('a');
                CREATE DOMAIN nope.email AS text;
                CREATE VIEW nope.v AS SELECT 1 AS one;
                CREATE FUNCTION nope.f() RETURNS int AS 'SELECT 1' LANGUAGE sql;
                ALTER TABLE nope.t ADD COLUMN a int;
                DROP TABLE nope.t;
                ALTER TABLE IF EXISTS nope.t ADD COLUMN a int;
                DROP TABLE IF EXISTS nope.t;
                """);
        assertEquals(List.of("1:13", "2:15", "3:13", "4:17", "5:13", "6:12"), ddl.diagnostics().stream()
                .peek(d -> assertEquals("unknown-schema", d.code(), d.message()))
                .map(d -> d.span().location().substring("schema1.sql:".length())).toList());
    }

    @Test
    void theConfiguredSearchPathNamesSchemasThatMayBeCreatedOnce() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, "CREATE TABLE public.a (x int);");
        assertTrue(ddl.catalog().schemaExists("public"));
        assertFalse(ddl.catalog().schemaExists("app"));
        Ddl twice = Ddl.postgres("CREATE SCHEMA app;\nCREATE SCHEMA app;\nCREATE SCHEMA public;\n");
        assertEquals(List.of("duplicate-schema schema1.sql:2:15", "duplicate-schema schema1.sql:3:15"),
                twice.diagnostics().stream().map(d -> d.code() + " " + d.span().location()).toList());
    }

    @Test
    void dropSchemaCascadeDropsWhatIsInItAndColumnsOfItsTypes() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE SCHEMA staging;
                CREATE TYPE staging.state AS ENUM ('new', 'done');
                CREATE DOMAIN staging.code AS text NOT NULL;
                CREATE TABLE staging.imports (id int, state staging.state);
                CREATE VIEW staging.open_imports AS SELECT id FROM staging.imports;
                CREATE FUNCTION staging.f() RETURNS int AS 'SELECT 1' LANGUAGE sql;
                CREATE TABLE jobs (id int, last staging.state, history staging.state[], name text);
                DROP SCHEMA staging CASCADE;
                DROP SCHEMA IF EXISTS staging, never_made;
                """);
        assertEquals(List.of("public.jobs"), tables(ddl));
        assertEquals(List.of("id", "name"), ddl.table("jobs").columns().stream().map(Column::name).toList());
        assertTrue(ddl.catalog().views().isEmpty());
        assertTrue(ddl.catalog().enums().isEmpty());
        assertTrue(ddl.catalog().functions("f").isEmpty());
        assertFalse(ddl.catalog().schemaExists("staging"));
    }

    @Test
    void dropSchemaWithoutCascadeRefusesWhileObjectsAreInIt() {
        Ddl ddl = Ddl.postgres("""
                CREATE SCHEMA staging;
                CREATE TABLE staging.a (x int);
                CREATE TABLE staging.b (x int);
                CREATE TYPE staging.c AS ENUM ('x');
                CREATE TABLE staging.d (x int);
                DROP SCHEMA staging;
                DROP SCHEMA pg_catalog;
                DROP SCHEMA gone;
                """);
        assertEquals(3, ddl.diagnostics().size(), ddl.rendered());
        Diagnostic refused = ddl.diagnostics().get(0);
        assertEquals("schema1.sql:6:13", refused.span().location());
        assertEquals("cannot drop schema \"staging\": table staging.a, table staging.b, table staging.d and 1 more"
                + " are still in it", refused.message());
        assertEquals("use DROP SCHEMA staging CASCADE to drop them with it", refused.hint());
        assertEquals("cannot drop schema \"pg_catalog\": the database system needs it", ddl.diagnostics().get(1).message());
        assertEquals("unknown-schema", ddl.diagnostics().get(2).code());
        assertEquals(4, ddl.catalog().tables().size() + ddl.catalog().enums().size());
    }

    @Test
    void renamingASchemaMovesEverythingInIt() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE SCHEMA old;
                CREATE TYPE old.period AS ENUM ('day', 'week');
                CREATE TABLE old.totals (id int, period old.period);
                CREATE TABLE dashboards (period old.period);
                CREATE FUNCTION old.f() RETURNS int AS 'SELECT 1' LANGUAGE sql;
                ALTER SCHEMA old RENAME TO reports;
                ALTER SCHEMA reports OWNER TO postgres;
                CREATE TABLE reports.more (p reports.period);
                """);
        assertEquals(List.of("public.dashboards", "reports.more", "reports.totals"), tables(ddl));
        SqlType.Enum period = new SqlType.Enum("reports", "period", List.of("day", "week"));
        assertEquals(period, ddl.type("dashboards", "period"));
        assertEquals(period, ddl.catalog().table("reports", "totals").orElseThrow().columns().get(1).type());
        assertEquals("reports", ddl.catalog().functions("f").get(0).schema());
        assertFalse(ddl.catalog().schemaExists("old"));
    }

    @Test
    void renamingOntoAnExistingSchemaOrFromAMissingOneIsAnError() {
        Ddl ddl = Ddl.postgres("""
                CREATE SCHEMA a;
                CREATE SCHEMA b;
                ALTER SCHEMA a RENAME TO b;
                ALTER SCHEMA c RENAME TO d;
                """);
        assertEquals(List.of("duplicate-schema schema1.sql:3:26", "unknown-schema schema1.sql:4:14"),
                ddl.diagnostics().stream().map(d -> d.code() + " " + d.span().location()).toList());
    }

    @Test
    void setSchemaMovesATableOrAType() {
        Ddl ddl = Ddl.postgres("""
                CREATE SCHEMA billing;
                CREATE TYPE state AS ENUM ('open', 'paid');
                CREATE TABLE invoices (id int, state state);
                CREATE TABLE billing.notes (id int);
                CREATE TABLE notes (id int);
                ALTER TABLE invoices SET SCHEMA billing;
                ALTER TYPE state SET SCHEMA billing;
                ALTER TABLE notes SET SCHEMA billing;
                ALTER TABLE billing.notes SET SCHEMA nowhere;
                """);
        assertEquals(List.of("duplicate-table schema1.sql:8:30", "unknown-schema schema1.sql:9:38"),
                ddl.diagnostics().stream().map(d -> d.code() + " " + d.span().location()).toList());
        assertEquals(List.of("billing.invoices", "billing.notes", "public.notes"), tables(ddl));
        assertEquals(new SqlType.Enum("billing", "state", List.of("open", "paid")),
                ddl.catalog().table("billing", "invoices").orElseThrow().columns().get(1).type());
    }

    @Test
    void statementsInsideCreateSchemaAreAnError() {
        Diagnostic d = Ddl.postgres("CREATE SCHEMA app CREATE TABLE t (a int);").only();
        assertEquals("unsupported-ddl", d.code());
        assertEquals("schema1.sql:1:19", d.span().location());
    }

    @Test
    void otherEnginesDoNotTrackSchemas() {
        Ddl sqlite = Ddl.clean(Engine.SQLITE, "CREATE TABLE temp.t (a INT);\nDROP SCHEMA x;\n");
        assertTrue(sqlite.catalog().schemaExists("anything"));
        Ddl mysql = Ddl.clean(Engine.MYSQL, "CREATE SCHEMA shop;\nCREATE TABLE shop.t (a int);\nDROP SCHEMA shop;\n");
        assertEquals(1, mysql.catalog().tables().size());
    }
}

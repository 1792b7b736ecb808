package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.types.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE TYPE ... AS ENUM and DROP TYPE on PostgreSQL. */
class EnumTypeTest {

    @Test
    void enumTypeIsInTheCatalogAndColumnsResolveToIt() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'it''s fine');
                CREATE TABLE people (id int, feeling mood NOT NULL, history mood[], other public.mood);
                """);
        SqlType.Enum mood = ddl.catalog().enumType(null, "mood").orElseThrow();
        assertEquals(new SqlType.Enum("public", "mood", List.of("sad", "ok", "it's fine")), mood);
        assertEquals(mood, ddl.type("people", "feeling"));
        assertEquals(new SqlType.Array(mood), ddl.type("people", "history"));
        assertEquals(mood, ddl.type("people", "other"));
        assertTrue(ddl.column("people", "feeling").notNull());
    }

    @Test
    void enumInAnotherSchemaAndQuotedName() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE SCHEMA app;
                CREATE TYPE app."Status" AS ENUM ('on', 'off');
                CREATE TABLE app.things (s app."Status");
                """);
        SqlType type = ddl.catalog().table("app", "things").orElseThrow().columns().get(0).type();
        SqlType.Enum status = assertInstanceOf(SqlType.Enum.class, type);
        assertEquals("app", status.schema());
        assertEquals("Status", status.name());
    }

    @Test
    void aTypeNotDeclaredIsANamedScalarWithAWarning() {
        Ddl ddl = Ddl.postgres("CREATE TYPE mood AS ENUM ('a');\nCREATE TABLE t (a moood, b inet);");
        assertEquals(SqlType.Scalar.other("moood"), ddl.type("t", "a"));
        assertEquals("unknown-type", ddl.only().code());
        assertEquals("schema1.sql:2:19", ddl.only().span().location());
        assertEquals("did you mean \"mood\"?", ddl.only().hint());
    }

    @Test
    void dropTypeRemovesItAndIfExistsToleratesMissingOnes() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE TYPE a AS ENUM ('x');
                CREATE TYPE b AS ENUM ('y');
                DROP TYPE IF EXISTS a, missing CASCADE;
                """);
        assertEquals(List.of("b"), ddl.catalog().enums().stream().map(SqlType.Enum::name).toList());
    }

    @Test
    void droppingAnUnknownTypeIsAnErrorWithAHint() {
        Ddl ddl = Ddl.postgres("CREATE TYPE mood AS ENUM ('x');\nDROP TYPE mod;\n");
        Diagnostic d = ddl.only();
        assertEquals("unknown-type", d.code());
        assertEquals("schema1.sql:2:11", d.span().location());
        assertEquals("did you mean \"mood\"?", d.hint());
    }

    @Test
    void malformedDropTypeIsAnError() {
        Ddl ddl = Ddl.postgres("DROP TYPE mood junk;");
        Diagnostic d = ddl.only();
        assertEquals("parse-error", d.code());
        assertTrue(d.isError());
        assertEquals("schema1.sql:1:16", d.span().location());
    }

    @Test
    void duplicateTypeIsAnError() {
        Ddl ddl = Ddl.postgres("CREATE TYPE mood AS ENUM ('x');\nCREATE TYPE mood AS ENUM ('y');\n");
        assertEquals("duplicate-type", ddl.only().code());
        assertEquals(List.of("x"), ddl.catalog().enumType(null, "mood").orElseThrow().labels());
    }

    @Test
    void compositeTypesAreNotEnums() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, "CREATE TYPE point2 AS (x int, y int);");
        assertTrue(ddl.catalog().enums().isEmpty());
    }

    @Test
    void alterTypeAddsAndRenamesValuesAndColumnsFollow() {
        Ddl ddl = Ddl.clean(Engine.POSTGRESQL, """
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                CREATE TABLE t (m mood, ms mood[]);
                ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
                ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok';
                ALTER TYPE mood ADD VALUE 'ecstatic';
                ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad';
                ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
                ALTER TYPE mood RENAME TO feeling;
                ALTER TYPE feeling OWNER TO someone;
                """);
        SqlType.Enum feeling = ddl.catalog().enumType(null, "feeling").orElseThrow();
        assertEquals(List.of("blue", "meh", "ok", "happy", "ecstatic"), feeling.labels());
        assertTrue(ddl.catalog().enumType(null, "mood").isEmpty());
        assertEquals(feeling, ddl.type("t", "m"));
        assertEquals(new SqlType.Array(feeling), ddl.type("t", "ms"));
    }

    @Test
    void alteringAnUnknownTypeIsAnError() {
        Ddl ddl = Ddl.postgres("CREATE TYPE mood AS ENUM ('x');\nALTER TYPE moood ADD VALUE 'y';\n");
        Diagnostic d = ddl.only();
        assertEquals("unknown-type", d.code());
        assertEquals("schema1.sql:2:12", d.span().location());
        assertEquals("did you mean \"mood\"?", d.hint());
    }
}

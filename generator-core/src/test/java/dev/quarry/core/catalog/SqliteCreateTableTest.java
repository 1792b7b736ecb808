package dev.quarry.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE TABLE on SQLite, with its primary key quirks and table options. */
class SqliteCreateTableTest {

    @Test
    void integerPrimaryKeyIsTheRowidAlias() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);");
        assertEquals("int8 not null default", ddl.shape("t", "id"));
        assertEquals(List.of("id"), ddl.table("t").primaryKey());
    }

    @Test
    void tableLevelPrimaryKeyOnOneIntegerColumnIsAlsoTheRowidAlias() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, "CREATE TABLE t (id integer, name TEXT, PRIMARY KEY (id));");
        assertEquals("int8 not null default", ddl.shape("t", "id"));
    }

    @Test
    void primaryKeyOnOtherTypesAllowsNull() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE a (code TEXT PRIMARY KEY);
                CREATE TABLE b (id INT PRIMARY KEY);
                CREATE TABLE c (id BIGINT PRIMARY KEY);
                CREATE TABLE d (x INTEGER, y TEXT, PRIMARY KEY (x, y));
                CREATE TABLE e (id INTEGER PRIMARY KEY DESC);
                """);
        assertEquals("text null", ddl.shape("a", "code"));
        assertEquals("int8 null", ddl.shape("b", "id"));
        assertEquals("int8 null", ddl.shape("c", "id"));
        assertEquals("int8 null", ddl.shape("d", "x"));
        assertEquals("text null", ddl.shape("d", "y"));
        assertEquals(List.of("x", "y"), ddl.table("d").primaryKey());
        assertEquals("int8 null", ddl.shape("e", "id"));
    }

    @Test
    void strictAndWithoutRowidMakePrimaryKeysNotNull() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE a (code TEXT PRIMARY KEY, n INT) STRICT;
                CREATE TABLE b (code TEXT PRIMARY KEY, n INT) WITHOUT ROWID;
                CREATE TABLE c (id INTEGER PRIMARY KEY, n INT) STRICT, WITHOUT ROWID;
                CREATE TABLE d (code TEXT PRIMARY KEY) STRICT
                """);
        assertEquals("text not null", ddl.shape("a", "code"));
        assertEquals("int8 null", ddl.shape("a", "n"));
        assertEquals("text not null", ddl.shape("b", "code"));
        // WITHOUT ROWID: no rowid to alias, so no automatic value either
        assertEquals("int8 not null", ddl.shape("c", "id"));
        assertEquals("text not null", ddl.shape("d", "code"));
    }

    @Test
    void autoincrementAndExplicitNotNull() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE t (
                  id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                  name TEXT NOT NULL COLLATE NOCASE,
                  created DATETIME DEFAULT CURRENT_TIMESTAMP,
                  flag BOOLEAN NOT NULL DEFAULT 0 CHECK (flag IN (0, 1))
                );
                """);
        assertEquals("int8 not null default", ddl.shape("t", "id"));
        assertEquals("text not null", ddl.shape("t", "name"));
        assertEquals("timestamp null default", ddl.shape("t", "created"));
        assertEquals("bool not null default", ddl.shape("t", "flag"));
    }

    @Test
    void generatedColumnsBothSpellings() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE t (a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL, c INT AS (a + 1) STORED);
                """);
        assertEquals("int8 null generated", ddl.shape("t", "b"));
        assertEquals("int8 null generated", ddl.shape("t", "c"));
        assertEquals("int8 null", ddl.shape("t", "a"));
    }

    @Test
    void squareBracketBacktickAndDoubleQuotesKeepTheNameAsWritten() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE [Order Items] ([Item Id] INTEGER PRIMARY KEY, `Name` TEXT, "Qty" INT, Price REAL);
                """);
        Table t = ddl.table("Order Items");
        assertEquals("Order Items", t.name());
        assertEquals(List.of("Item Id", "Name", "Qty", "Price"), t.columns().stream().map(Column::name).toList());
        assertEquals("float8", ddl.type("Order Items", "Price").name());
    }

    @Test
    void columnNamesDifferingOnlyInCaseAreDuplicates() {
        Ddl ddl = Ddl.sqlite("CREATE TABLE t (a INT, A TEXT);");
        assertEquals("duplicate-column", ddl.only().code());
    }

    @Test
    void onConflictClausesAreAccepted() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE t (a TEXT PRIMARY KEY ON CONFLICT REPLACE, b TEXT NOT NULL ON CONFLICT IGNORE UNIQUE);
                """);
        assertEquals("text null", ddl.shape("t", "a"));
        assertEquals("text not null", ddl.shape("t", "b"));
    }

    @Test
    void blankedOptionsKeepErrorPositionsInTheOriginalText() {
        String sql = "CREATE TABLE t (a TEXT) STRICT;\nALTER TABLE t ADD COLUMN a INT;\n";
        Ddl ddl = Ddl.sqlite(sql);
        Diagnostic d = ddl.only();
        assertEquals("duplicate-column", d.code());
        assertEquals("schema1.sql:2:26", d.span().location());
        assertTrue(ddl.rendered().contains("  ALTER TABLE t ADD COLUMN a INT;\n"), ddl.rendered());
    }

    @Test
    void diagnosticsShowTheLineAsWrittenNotAsBlanked() {
        Ddl ddl = Ddl.sqlite("CREATE TABLE t (a TEXT, a INT) STRICT;\n");
        assertEquals("schema1.sql:1:25", ddl.only().span().location());
        assertTrue(ddl.rendered().contains("  CREATE TABLE t (a TEXT, a INT) STRICT;\n"), ddl.rendered());
    }

    @Test
    void sqliteTypeNamesFollowAffinity() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE t (a VARCHAR(20), b BLOB, c DOUBLE, d NUMERIC, e DATE, f BIGINT);
                """);
        assertEquals(List.of("text", "bytea", "float8", "numeric", "date", "int8"),
                ddl.table("t").columns().stream().map(c -> c.type().name()).toList());
    }

    @Test
    void columnsWithoutATypeHaveBlobAffinity() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE t (
                  id INTEGER PRIMARY KEY,
                  anything,
                  keyed NOT NULL DEFAULT 1,
                  [quoted name] UNIQUE,
                  PRIMARY KEY (id)
                );
                """);
        assertEquals("int8 not null default", ddl.shape("t", "id"));
        assertEquals("bytea null", ddl.shape("t", "anything"));
        assertEquals("bytea not null default", ddl.shape("t", "keyed"));
        assertEquals("bytea null", ddl.shape("t", "quoted name"));
    }

    @Test
    void typeNamesOfSeveralWordsFollowAffinity() {
        Ddl ddl = Ddl.clean(Engine.SQLITE, """
                CREATE TABLE IF NOT EXISTS main.t (
                  a VARYING CHARACTER(32), b UNSIGNED BIG INT NOT NULL, c NATIVE CHARACTER(70),
                  d DOUBLE PRECISION, e DECIMAL(10, 5), f LONG BLOB, g INT AS (b + 1) STORED,
                  CONSTRAINT t_pk PRIMARY KEY (b DESC, a COLLATE NOCASE)
                ) WITHOUT ROWID;
                """);
        assertEquals(List.of("text", "int8", "text", "float8", "numeric", "bytea", "int8"),
                ddl.table("t").columns().stream().map(c -> c.type().name()).toList());
        assertEquals(List.of("b", "a"), ddl.table("t").primaryKey());
        assertEquals("text not null", ddl.shape("t", "a"));
        assertEquals("int8 null generated", ddl.shape("t", "g"));
    }

    @Test
    void ownReaderReportsDuplicatesAtTheName() {
        Ddl ddl = Ddl.sqlite("CREATE TABLE t (a, b UNSIGNED BIG INT, a TEXT);\n");
        assertEquals("duplicate-column", ddl.only().code());
        assertEquals("schema1.sql:1:40", ddl.only().span().location());
    }

    @Test
    void aColumnListNeitherParserReadsIsStillASyntaxError() {
        Ddl ddl = Ddl.sqlite("CREATE TABLE t (a INT,, b);\n");
        assertEquals("parse-error", ddl.only().code());
    }

    @Test
    void strictTablesAllowOnlyTheirSixTypes() {
        Ddl ddl = Ddl.sqlite("""
                CREATE TABLE t (a INT, b INTEGER, c REAL, d TEXT, e BLOB, f ANY) STRICT;
                CREATE TABLE u (a VARCHAR(10), b) STRICT;
                """);
        assertEquals(List.of("strict-type", "strict-type"),
                ddl.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals("schema1.sql:2:19", ddl.diagnostics().get(0).span().location());
        assertEquals("any", ddl.type("t", "f").name());
    }
}

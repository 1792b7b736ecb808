package dev.quarry.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationSectionsTest {

    /** The applied statements, as the catalog will see them. */
    private static List<String> statements(String text, MigrationFormat format) {
        SchemaScript script = MigrationSections.select(SourceFile.of(Path.of("m.sql"), "m.sql", text), format);
        return script.sections().stream()
                .flatMap(s -> (s.oneStatement() ? StatementSplitter.whole(text, s.start(), s.end())
                        : StatementSplitter.split(text, s.start(), s.end())).stream())
                .map(p -> p.text().strip())
                .toList();
    }

    @Test
    void gooseAppliesUpSectionsAndKeepsStatementBlocksWhole() {
        String text = """
                -- +goose Up
                CREATE TABLE a (x int);
                -- +goose StatementBegin
                CREATE FUNCTION f() RETURNS int AS 'SELECT 1; SELECT 2' LANGUAGE sql;
                SELECT 3;
                -- +goose StatementEnd
                ALTER TABLE a ADD COLUMN y int;
                -- +goose Down
                DROP TABLE a;
                -- +goose StatementBegin
                DROP FUNCTION f;
                -- +goose StatementEnd
                """;
        assertEquals(List.of("CREATE TABLE a (x int)",
                "CREATE FUNCTION f() RETURNS int AS 'SELECT 1; SELECT 2' LANGUAGE sql;\nSELECT 3",
                "ALTER TABLE a ADD COLUMN y int"), statements(text, MigrationFormat.GOOSE));
    }

    @Test
    void sectionsKeepTheFilesOffsets() {
        String text = "-- migrate:down\nDROP TABLE a;\n-- migrate:up\nCREATE TABLE a (x int);\n";
        SchemaScript script = MigrationSections.select(SourceFile.of(Path.of("m.sql"), "m.sql", text),
                MigrationFormat.DBMATE);
        assertEquals(1, script.sections().size());
        assertEquals(text.indexOf("CREATE"), script.sections().get(0).start());
        assertEquals(List.of("CREATE TABLE a (x int)"), statements(text, MigrationFormat.DBMATE));
    }

    @Test
    void liquibaseChangesetsWithoutRollbacks() {
        String text = """
                --liquibase formatted sql
                --changeset a:1
                CREATE TABLE a (x int);
                --rollback DROP TABLE a;
                --changeset a:2 splitStatements:false
                CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql; SELECT 2;
                """;
        List<String> applied = statements(text, MigrationFormat.LIQUIBASE);
        assertEquals(2, applied.size());
        assertEquals("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql; SELECT 2", applied.get(1));
    }
}

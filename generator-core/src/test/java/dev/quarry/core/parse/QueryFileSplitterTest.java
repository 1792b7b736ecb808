package dev.quarry.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.core.config.Engine;
import dev.quarry.core.diag.Diagnostic;
import dev.quarry.core.diag.Diagnostics;
import dev.quarry.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryFileSplitterTest {

    private static SourceFile file(String text) {
        return SourceFile.of(Path.of("q.sql"), "q.sql", text);
    }

    @Test
    void splitsAtAnnotationsAndKeepsTheCommentsAboveAsDocumentation() {
        String text = """
                -- Finds one user.
                -- By id.
                -- name: FindUser :one
                SELECT * FROM users WHERE id = $1;

                -- Lists them.
                -- @nonnull name
                -- name: ListUsers :many
                SELECT * FROM users
                -- trailing comment inside
                ORDER BY id;
                """;
        Diagnostics diagnostics = new Diagnostics();
        List<QueryBlock> blocks = QueryFileSplitter.split(file(text), Engine.POSTGRESQL, diagnostics);
        assertFalse(diagnostics.hasErrors());
        assertEquals(2, blocks.size());
        QueryBlock find = blocks.get(0);
        assertEquals("FindUser", find.name());
        assertEquals(":one", find.kindText());
        assertEquals(3, find.line());
        assertEquals(List.of("Finds one user.", "By id."), find.doc());
        assertEquals("SELECT * FROM users WHERE id = $1", find.sql());
        QueryBlock list = blocks.get(1);
        assertEquals(List.of("Lists them."), list.doc());
        assertEquals(1, list.directives().size());
        assertEquals("SELECT * FROM users\n-- trailing comment inside\nORDER BY id", list.sql());
    }

    @Test
    void sqlBeforeTheFirstAnnotationIsAnError() {
        Diagnostics diagnostics = new Diagnostics();
        QueryFileSplitter.split(file("SELECT 1;\n-- name: A :one\nSELECT 2;\n"), Engine.POSTGRESQL, diagnostics);
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals("missing-annotation", d.code());
        assertEquals(1, d.span().line());
    }

    @Test
    void anAnnotationWithoutKindOrWithABadNameIsAnError() {
        Diagnostics diagnostics = new Diagnostics();
        List<QueryBlock> blocks = QueryFileSplitter.split(file("-- name: A\nSELECT 1;\n-- name: 9x :one\nSELECT 2;\n"),
                Engine.POSTGRESQL, diagnostics);
        assertTrue(blocks.isEmpty());
        assertEquals(2, diagnostics.errorCount());
    }

    @Test
    void trailingCommentsAreTrimmedWithTheEnginesLexis() {
        String text = """
                -- name: A :one
                SELECT id FROM t WHERE id = ?; # by id
                -- name: B :many
                SELECT id  # the key
                FROM t -- all rows
                ORDER BY id # oldest first
                ;
                -- name: C :one
                SELECT count(*) FROM t /* no semicolon */ -- and a comment
                # and a comment line

                -- name: D :one
                SELECT 'a\\'; # b' AS s FROM t; # after the semicolon
                """;
        Diagnostics diagnostics = new Diagnostics();
        List<QueryBlock> blocks = QueryFileSplitter.split(file(text), Engine.MYSQL, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertEquals(List.of("SELECT id FROM t WHERE id = ?",
                "SELECT id  # the key\nFROM t -- all rows\nORDER BY id",
                "SELECT count(*) FROM t",
                "SELECT 'a\\'; # b' AS s FROM t"), blocks.stream().map(QueryBlock::sql).toList());
        // offsets stay the file's: the trimmed statement ends where its last code ends
        QueryBlock d = blocks.get(3);
        assertEquals(text.indexOf("FROM t; #") + "FROM t".length(), d.sqlEnd());
    }

    @Test
    void aHashIsNoCommentOutsideMysql() {
        String text = "-- name: A :one\nSELECT 1 # 2;\n";
        List<QueryBlock> blocks = QueryFileSplitter.split(file(text), Engine.POSTGRESQL, new Diagnostics());
        assertEquals("SELECT 1 # 2", blocks.get(0).sql());
    }

    @Test
    void aHashCommentBeforeTheFirstAnnotationIsNoSqlOnMysql() {
        Diagnostics diagnostics = new Diagnostics();
        QueryFileSplitter.split(file("# queries of t\n-- name: A :one\nSELECT 2;\n"), Engine.MARIADB, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
    }
}

package dev.quarry.core.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** DESIGN.md's nullability rules, one at a time. */
class NullabilityRulesTest {

    private static String columns(String sql) {
        Analysis a = Analysis.postgres("-- name: Q :many\n" + sql + ";\n");
        return a.columns("Q");
    }

    @Test
    void outerJoinsMakeTheOptionalSideNullableThroughCtesAndSubqueries() {
        assertEquals("name text, title varchar?", columns("""
                WITH ab AS (SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id)
                SELECT s.name, s.title FROM (SELECT * FROM ab) s"""));
        assertEquals("name text?, title varchar", columns(
                "SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id"));
        assertEquals("name text?, title varchar?", columns(
                "SELECT a.name, b.title FROM authors a FULL JOIN books b ON b.author_id = a.id"));
    }

    @Test
    void aUsingColumnIsNullableOnlyWhenNoSideGuaranteesAValue() {
        assertEquals("id int8, name text?", columns(
                "SELECT id, b.name FROM authors a LEFT JOIN authors b USING (id)"));
        assertEquals("id int8", columns("SELECT id FROM authors a FULL JOIN authors b USING (id)"));
        assertEquals("bio text?", columns("SELECT bio FROM authors a FULL JOIN authors b USING (bio)"));
    }

    @Test
    void coalesceNullifCaseAndStrictOperators() {
        assertEquals("coalesce text, nullif text?, case int4?, case int4, x numeric?", columns("""
                SELECT coalesce(bio, name), nullif(name, ''), CASE WHEN bio IS NULL THEN 1 END,
                       CASE WHEN bio IS NULL THEN 1 ELSE 2 END, price * 2 AS x FROM authors, books"""));
        assertEquals("coalesce text?", columns("SELECT coalesce(bio, NULL) FROM authors"));
    }

    @Test
    void aggregatesAreNullableWithoutGroupByAndFollowTheirArgumentWithin() {
        assertEquals("count int8, max int4?, sum numeric?", columns("SELECT count(*), max(pages), sum(price) FROM books"));
        assertEquals("author_id int8, max int4, sum numeric?, n int8", columns(
                "SELECT author_id, max(pages), sum(price), count(*) FILTER (WHERE pages > 1) AS n FROM books GROUP BY author_id"));
    }

    @Test
    void scalarSubqueriesAreNullableUnlessTheyAlwaysReturnOneNonNullRow() {
        assertEquals("n int8, t varchar?", columns("""
                SELECT (SELECT count(*) FROM books b WHERE b.author_id = a.id) AS n,
                       (SELECT b.title FROM books b WHERE b.author_id = a.id LIMIT 1) AS t FROM authors a"""));
    }

    @Test
    void setOperationsMergeNullabilityByTheirRule() {
        assertEquals("name text?", columns("SELECT name FROM authors UNION SELECT bio FROM authors"));
        assertEquals("name text", columns("SELECT name FROM authors INTERSECT SELECT bio FROM authors"));
        assertEquals("bio text?", columns("SELECT bio FROM authors EXCEPT SELECT name FROM authors"));
    }

    @Test
    void recursiveCtesReachAFixedPoint() {
        assertEquals("n int4, label text?", columns("""
                WITH RECURSIVE t(n, label) AS (SELECT 1, 'a' UNION ALL SELECT n + 1, NULL FROM t WHERE n < 3)
                SELECT n, label FROM t"""));
    }

    @Test
    void innerCtesShadowOuterOnesAndTables() {
        assertEquals("title int4", columns("""
                WITH books AS (SELECT 1 AS title) SELECT title FROM books"""));
        assertEquals("x text", columns("""
                WITH c AS (SELECT 1 AS x) SELECT x FROM (WITH c AS (SELECT 'a' AS x) SELECT x FROM c) s"""));
    }

    @Test
    void everyNullableColumnSaysWhy() {
        Analysis a = Analysis.postgres("-- name: Q :many\nSELECT b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id;\n");
        String reason = a.query("Q").columns().get(0).nullableReason();
        assertTrue(reason.startsWith("right side of LEFT JOIN at q.sql:2:"), reason);
    }

    @Test
    void directivesOverrideAndUnknownNamesAreErrors() {
        Analysis a = Analysis.postgres("""
                -- @nonnull bio
                -- name: Q :many
                SELECT bio, name FROM authors;
                -- name: R :many
                -- @nullable nmae
                SELECT name FROM authors;
                """);
        assertEquals("bio text, name text", a.columns("Q"));
        assertTrue(a.diagnostics().contains("q.sql:5:1: error: @nullable names \"nmae\""), a.diagnostics());
        assertTrue(a.diagnostics().contains("did you mean \"name\"?"), a.diagnostics());
    }

    @Test
    void assignmentsFollowThePostgresAssignmentRules() {
        Analysis ok = Analysis.postgres("""
                -- name: Q :exec
                UPDATE books SET title = true, pages = 2.5, price = pages WHERE id = 1;
                """);
        assertEquals("", ok.diagnostics());
        Analysis bad = Analysis.postgres("-- name: Q :exec\nUPDATE books SET pages = now() WHERE id = 1;\n");
        assertTrue(bad.diagnostics().contains("q.sql:2:26: error: column \"pages\" is of type int4 but expression is of type"
                + " timestamptz"), bad.diagnostics());
    }
}

package dev.quarry.core.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How parameters get their types, names, nullability and positions. */
class ParameterRulesTest {

    private static Analysis analyze(String sql) {
        return Analysis.postgres("-- name: Q :many\n" + sql + ";\n");
    }

    @Test
    void typedFromComparisonsAsTheServerResolvesTheOperator() {
        assertEquals("title text @[1], pages int4 @[2]", analyze(
                "SELECT id FROM books WHERE title = $1 AND pages > $2").params("Q"));
    }

    @Test
    void insertIntoANullableColumnMakesTheParameterNullable() {
        Analysis a = Analysis.postgres("-- name: Q :exec\nINSERT INTO books (author_id, title, price) VALUES ($1, $2, $3);\n");
        assertEquals("author_id int8 @[1], title varchar @[2], price numeric? @[3]", a.params("Q"));
    }

    @Test
    void aNamedParameterUsedTwiceIsOneParameterBoundTwice() {
        assertEquals("name text @[1, 2]", analyze(
                "SELECT id FROM authors WHERE name = @name OR bio = @name").params("Q"));
    }

    @Test
    void conflictingUsesAreAnError() {
        Analysis a = analyze("SELECT id FROM books WHERE pages = @x OR title = @x");
        assertTrue(a.diagnostics().contains("error: parameter \"x\" is used as text here"), a.diagnostics());
    }

    @Test
    void limitOffsetArraysAndNarg() {
        assertEquals("ids int8[] @[1], limit int8 @[3], offset int8 @[4], bio text? @[2]", analyze(
                "SELECT id FROM authors WHERE id = ANY($1::bigint[]) AND (bio = sqlc.narg(bio) OR TRUE) LIMIT $2 OFFSET $3")
                .params("Q"));
    }

    @Test
    void orderIsDollarNumbersFirstThenNamedByAppearance() {
        assertEquals("id int8 @[2], name text @[1]", analyze(
                "SELECT id FROM authors WHERE name = @name AND id = $1").params("Q"));
    }

    @Test
    void aNamedFunctionArgumentIsTypedByTheParameterItNames() {
        assertEquals("p1 int4 @[1], p2 float8 @[2]", analyze(
                "SELECT make_interval(days => $1, secs => $2) AS i").params("Q"));
        Analysis unknown = analyze("SELECT id FROM books WHERE pages = round(x => $1)");
        assertTrue(unknown.diagnostics().contains("Quarry does not know the parameter names of round()"),
                unknown.diagnostics());
        Analysis misnamed = analyze("SELECT make_interval(dayz => 1) AS i");
        assertTrue(misnamed.diagnostics().contains("function make_interval() has no parameter named \"dayz\""),
                misnamed.diagnostics());
    }
}

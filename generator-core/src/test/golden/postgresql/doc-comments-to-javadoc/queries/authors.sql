-- Finds one author by id.
-- Returns nothing when the id is unknown; <b> and */ are escaped.
-- name: GetAuthor :one
SELECT name FROM authors WHERE id = $1;

-- This comment is separated by a blank line, so it documents nothing.

-- name: CountAuthors :one
SELECT count(*) AS total FROM authors;

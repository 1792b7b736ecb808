# Notes, read with MySQL's comments: '#' to the end of the line, and '-- '.

-- name: GetNote :one
SELECT id, body FROM notes WHERE id = ?; # the note, by id

-- name: ListNotes :many
SELECT id, body  # every column
FROM notes -- all rows
ORDER BY id # oldest first
;

-- name: CountNotes :one
SELECT count(*) AS n FROM notes # no semicolon, a trailing comment
# and a comment line

-- A backslash escapes the quote, so '; #' is inside the literal.
-- name: FindByBody :many
SELECT id, '# not a comment' AS marker FROM notes WHERE body <> 'a\'; # b' AND id > ? -- trailing

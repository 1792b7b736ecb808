-- name: FindAuthor :one
SELECT id, name FROM authors WHERE id = $1;

-- Saved as Latin-1 by an editor: the é below is one byte, not UTF-8.
-- name: FindJose :many
SELECT id FROM authors WHERE name = 'José';

-- name: BooksByIdsAndOne :many
SELECT id FROM books WHERE id IN (1, sqlc.slice(ids));

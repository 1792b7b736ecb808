-- name: BooksByIdsAndOne :many
SELECT id FROM books WHERE id IN (1, sqlc.slice(ids));

-- name: InsertMany :batchexec
DELETE FROM books WHERE id IN (sqlc.slice(ids));

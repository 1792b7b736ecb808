-- name: GetAuthor :one
SELECT id FROM authors WHERE id = $1;

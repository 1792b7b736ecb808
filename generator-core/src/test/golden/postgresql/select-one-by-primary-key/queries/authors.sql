-- name: GetAuthor :one
SELECT id, name, bio, created_at FROM authors WHERE id = $1;

-- name: GetAuthorName :one
SELECT name FROM authors WHERE id = $1;

-- name: ListBios :many
SELECT bio FROM authors ORDER BY id;

-- name: GetAuthor :first
SELECT id, name FROM authors WHERE id = $1;

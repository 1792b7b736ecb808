-- name: ListAuthors :many
SELECT id, name FROM author;

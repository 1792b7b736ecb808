-- name: GetAuthor :one
SELECT id, nme FROM authors WHERE id = $1;

-- name: ListBooks :many
SELECT id, title FROM bookz;

-- name: ListAuthors :many
SELECT * FROM authors ORDER BY id;

-- name: ListBooks :many
SELECT * FROM books ORDER BY id;

-- name: ListBookTags :many
SELECT book_id, tag, weight FROM book_tags WHERE book_id = $1;

-- name: GetTag :one
SELECT name, description FROM tags WHERE name = $1;

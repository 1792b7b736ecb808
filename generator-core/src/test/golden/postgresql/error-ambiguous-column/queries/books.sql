-- name: ListBooks :many
SELECT id, title FROM books b JOIN authors a ON a.id = b.author_id;

-- name: RenameAuthor :one
UPDATE authors SET name = ? WHERE id = ? RETURNING id, name;

-- name: DeleteBooksOfAuthor :many
DELETE books FROM books JOIN authors ON authors.id = books.author_id WHERE authors.name = ? RETURNING books.id;

-- name: DeleteBook :one
DELETE FROM books WHERE id = ? RETURNING id, title;

-- name: FindBooks :many
SELECT id, title FROM books WHERE author_id = sqlc.arg(author_id) AND price <= ? ORDER BY id;

-- name: UpdatePrice :execrows
UPDATE books SET price = sqlc.narg(price) WHERE id = sqlc.arg(id);

-- name: BooksAfterUserVariable :many
SELECT id, title FROM books WHERE id > @min_id AND title <> ?;

-- name: FindBooks :many
SELECT id, title FROM books WHERE author_id = :author_id AND price <= @max_price ORDER BY id LIMIT ?;

-- name: UpdatePrice :execrows
UPDATE books SET price = sqlc.narg(price) WHERE id = sqlc.arg(id);

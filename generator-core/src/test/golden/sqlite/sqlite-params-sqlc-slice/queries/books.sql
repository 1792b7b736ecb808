-- name: BooksByIds :many
SELECT id, title FROM books WHERE id IN (sqlc.slice(ids)) ORDER BY id;

-- name: BooksNotByIds :many
SELECT id, title FROM books WHERE id NOT IN (sqlc.slice(ids)) ORDER BY id;

-- name: BooksOfAuthorWithTitles :many
SELECT id FROM books WHERE author_id = sqlc.arg(author_id) AND title IN (sqlc.slice(titles)) AND id > sqlc.arg(min_id) ORDER BY id;

-- name: DeleteBooks :execrows
DELETE FROM books WHERE id IN (sqlc.slice(ids));

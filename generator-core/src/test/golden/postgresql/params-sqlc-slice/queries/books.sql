-- Books by any of the given ids.
-- name: BooksByIds :many
SELECT id, title FROM books WHERE id IN (sqlc.slice(ids)) ORDER BY id;

-- name: BooksNotByIds :many
SELECT id, title FROM books WHERE id NOT IN (sqlc.slice('ids')) ORDER BY id;

-- A slice between other parameters moves the positions after it.
-- name: BooksOfAuthorInGenres :many
SELECT id FROM books
WHERE author_id = @author_id AND genre IN (sqlc.slice(genres)) AND title <> @title
ORDER BY id;

-- name: CountTitles :one
SELECT count(*) AS n FROM books WHERE title IN (sqlc.slice(titles)) OR id IN (sqlc.slice(ids));

-- name: DeleteBooks :execrows
DELETE FROM books WHERE id IN (sqlc.slice(ids));

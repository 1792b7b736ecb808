-- name: GetAuthorName :one
SELECT id, name FROM author_names WHERE id = $1;

-- name: ListBookTitles :many
SELECT id, title, author FROM titled_books ORDER BY id;

-- name: ListShortTitles :many
SELECT id, title FROM short_titles ORDER BY id;

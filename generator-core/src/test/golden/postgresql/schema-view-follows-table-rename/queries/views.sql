-- name: GetAuthorName :one
SELECT id, name FROM author_names WHERE id = $1;

-- name: ListBookTitles :many
SELECT id, title, author FROM book_titles ORDER BY id;

-- name: GetAuthorBio :one
SELECT a.name, a.biography FROM authors a WHERE a.id = $1;

-- name: ListTitles :many
SELECT book_title FROM books ORDER BY book_title;

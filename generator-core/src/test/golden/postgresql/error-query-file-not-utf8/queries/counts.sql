-- name: CountAuthors :one
SELECT count(*) FROM authors;

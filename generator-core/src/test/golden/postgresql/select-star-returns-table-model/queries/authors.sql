-- name: ListAuthors :many
SELECT * FROM authors ORDER BY name;

-- name: GetAuthorByName :one
SELECT a.* FROM authors a WHERE a.name = $1;

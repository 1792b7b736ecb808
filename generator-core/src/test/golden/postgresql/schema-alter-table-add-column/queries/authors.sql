-- name: GetAuthorContact :one
SELECT id, name, email, born_on FROM authors WHERE id = $1;

-- name: ListNames :many
SELECT id, name FROM author_names;

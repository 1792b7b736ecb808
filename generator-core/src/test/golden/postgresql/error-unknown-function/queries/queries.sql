-- name: MisspelledFunction :many
SELECT lowr(email) AS l FROM users;

-- name: UnknownSchemaFunction :one
SELECT order_totals(1) AS t;

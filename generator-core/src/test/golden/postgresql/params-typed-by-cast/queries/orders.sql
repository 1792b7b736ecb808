-- name: OrdersSince :many
SELECT id FROM orders WHERE ordered_at > $1::timestamp AND quantity > $2::int ORDER BY id;

-- name: EchoText :one
SELECT $1::text AS value;

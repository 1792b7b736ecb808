-- name: OrdersInLastDays :many
SELECT id FROM orders WHERE placed_at > now() - make_interval(days => $1);

-- name: LocalTimestampKeyword :one
SELECT localtimestamp AS lts, localtime AS lt;

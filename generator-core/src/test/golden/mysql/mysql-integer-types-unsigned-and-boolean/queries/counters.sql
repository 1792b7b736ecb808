-- name: ListCounters :many
SELECT * FROM counters ORDER BY id;

-- name: CreateCounter :exec
INSERT INTO counters (tiny, tiny_u, small, small_u, medium, medium_u, regular, regular_u, big, big_u, flag, maybe)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: FindByBigUnsigned :many
SELECT id, big_u, regular_u + 1 AS next_u, regular + 1 AS next_regular FROM counters WHERE big_u >= ? AND flag = ?;

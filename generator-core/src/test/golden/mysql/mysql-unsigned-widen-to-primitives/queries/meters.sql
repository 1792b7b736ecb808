-- name: CreateMeter :execlastid
INSERT INTO meters (tiny_u, small_u, medium_u, regular_u, big_u, signed_big) VALUES (?, ?, ?, ?, ?, ?);

-- name: ListMeters :many
SELECT * FROM meters ORDER BY id;

-- name: FindByBig :many
SELECT id, big_u, regular_u + 1 AS next_u FROM meters WHERE big_u = ? OR tiny_u = ?;

-- name: CountAbove :one
SELECT count(*) AS n FROM meters WHERE small_u > ?;

-- name: CreateCounter :one
INSERT INTO counters (label) VALUES ($1)
RETURNING id, big_id, small_id, always_id, default_id, label, hits, created_at;

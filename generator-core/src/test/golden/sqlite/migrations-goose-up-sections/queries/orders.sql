-- name: GetOrder :one
SELECT id, amount_cents, status, updated_at FROM orders WHERE id = ?;

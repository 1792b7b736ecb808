-- name: GetOrder :one
SELECT id, amount_cents, status, order_label(amount_cents) AS label FROM orders WHERE id = $1;

-- name: BigSpenders :many
SELECT customer, spent, n, last_order FROM order_totals WHERE spent > ? ORDER BY spent DESC;

-- name: ListOrdersByStatus :many
SELECT id, status, previous_status FROM orders WHERE status = $1 ORDER BY id;

-- name: SetOrderStatus :execrows
UPDATE orders SET status = $1, previous_status = status WHERE id = $2;

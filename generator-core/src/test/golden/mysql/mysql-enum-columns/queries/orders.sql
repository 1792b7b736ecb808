-- name: ListOrdersByStatus :many
SELECT id, status, priority, note FROM orders WHERE status = ? ORDER BY id;

-- name: CreateOrder :exec
INSERT INTO orders (status, priority, note) VALUES (?, ?, ?);

-- name: SetPriority :execrows
UPDATE orders SET priority = ? WHERE id = ?;

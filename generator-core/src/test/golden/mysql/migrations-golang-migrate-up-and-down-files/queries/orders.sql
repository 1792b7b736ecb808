-- name: ListOrders :many
SELECT * FROM orders ORDER BY id;

-- name: ShipOrder :one
DELETE FROM order_items WHERE order_id = ? RETURNING sku, qty;

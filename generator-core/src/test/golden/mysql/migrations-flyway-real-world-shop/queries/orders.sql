-- name: CreateOrder :execlastid
INSERT INTO orders (customer_id, shipping_address_id, note) VALUES (?, ?, ?);

-- name: SetOrderStatus :execrows
UPDATE orders SET status = ? WHERE id = ?;

-- name: OrdersOfCustomer :many
SELECT o.id, o.status, o.placed_at, a.city, t.item_count, t.total
FROM orders o
LEFT JOIN addresses a ON a.id = o.shipping_address_id
JOIN order_totals t ON t.order_id = o.id
WHERE o.customer_id = ?
ORDER BY o.placed_at DESC;

-- name: OrderLines :many
SELECT line_no, product_id, quantity, unit_price, line_total FROM order_items WHERE order_id = ? ORDER BY line_no;

-- name: RecordAudit :exec
INSERT INTO audit_log (action, actor, entity, entity_id, payload) VALUES (?, ?, ?, ?, ?);

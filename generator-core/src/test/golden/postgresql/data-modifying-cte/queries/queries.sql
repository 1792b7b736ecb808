-- name: ArchiveCancelledOrders :many
WITH gone AS (
  DELETE FROM order_items oi USING orders o
  WHERE o.id = oi.order_id AND o.status = 'cancelled'
  RETURNING oi.order_id, oi.product_id, oi.quantity
)
SELECT order_id, sum(quantity) AS items FROM gone GROUP BY order_id;

-- name: RestockFromCancelled :exec
WITH cancelled AS (
  UPDATE orders SET note = 'restocked' WHERE status = 'cancelled' RETURNING id
)
UPDATE products p SET stock = p.stock + oi.quantity
FROM order_items oi JOIN cancelled c ON c.id = oi.order_id
WHERE oi.product_id = p.id;

-- name: CreateUserWithOrder :one
WITH new_user AS (
  INSERT INTO users (email, display_name) VALUES ($1, $2) RETURNING id, email
)
INSERT INTO orders (user_id, coupon_code)
SELECT id, $3 FROM new_user
RETURNING id, user_id, coupon_code;

-- name: MarkShipped :many
WITH shipped AS (
  UPDATE orders SET status = 'shipped', shipped_at = now()
  WHERE status = 'paid' AND placed_at < $1
  RETURNING id, user_id, coupon_code
)
SELECT s.id, u.email, s.coupon_code FROM shipped s JOIN users u ON u.id = s.user_id;

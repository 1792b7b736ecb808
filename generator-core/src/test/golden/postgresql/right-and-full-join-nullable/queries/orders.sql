-- name: OrdersRightJoinUsers :many
SELECT o.id AS order_id, u.id AS user_id, u.email
FROM orders o RIGHT JOIN users u ON u.id = o.user_id
ORDER BY u.id;

-- name: OrdersFullJoinUsers :many
SELECT o.id AS order_id, u.email
FROM orders o FULL JOIN users u ON u.id = o.user_id;

-- name: ListOrdersWithUsers :many
SELECT o.id, u.id, o.note, u.email
FROM orders o
JOIN users u ON u.id = o.user_id
ORDER BY o.id;

-- name: ArraySubquery :many
SELECT u.id, ARRAY(SELECT o.id FROM orders o WHERE o.user_id = u.id) AS order_ids FROM users u;

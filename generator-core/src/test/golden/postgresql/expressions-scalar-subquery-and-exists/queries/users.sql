-- name: UserOrderSummary :many
SELECT u.id,
       (SELECT count(*) FROM orders o WHERE o.user_id = u.id) AS order_count,
       (SELECT max(o.ordered_at) FROM orders o WHERE o.user_id = u.id) AS last_ordered,
       EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id AND o.status = 'paid') AS has_paid
FROM users u
ORDER BY u.id;

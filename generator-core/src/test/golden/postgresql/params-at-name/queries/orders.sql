-- name: ListOrdersBetween :many
SELECT id, ordered_at FROM orders
WHERE ordered_at >= @from_time AND ordered_at < @to_time AND user_id = @user_id
ORDER BY ordered_at;

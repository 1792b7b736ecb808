-- name: CancelPendingOrders :execrows
UPDATE orders SET status = 'cancelled' WHERE user_id = $1 AND status = 'pending';

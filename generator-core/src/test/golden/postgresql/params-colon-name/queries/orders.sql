-- name: CountUserOrders :one
SELECT count(*) FROM orders WHERE user_id = :user_id AND quantity >= :min_quantity;

-- name: NamedParamReusedSameType :many
SELECT id FROM orders WHERE user_id = @user_id OR id IN (SELECT order_id FROM order_items oi JOIN products p ON p.id = oi.product_id WHERE p.stock > @user_id);

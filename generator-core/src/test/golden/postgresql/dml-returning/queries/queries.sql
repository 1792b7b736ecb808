-- name: DeleteOldComments :many
DELETE FROM comments WHERE created_at < $1 RETURNING id, parent_id, author_id;

-- name: DeleteUsing :execrows
DELETE FROM order_items oi USING orders o WHERE o.id = oi.order_id AND o.user_id = $1;

-- name: UpdateFromReturning :many
UPDATE orders o SET note = u.email FROM users u WHERE u.id = o.user_id AND u.role = $1 RETURNING o.id, o.coupon_code, u.display_name;

-- name: InsertReturningStar :one
INSERT INTO posts (author_id, title, body) VALUES ($1, $2, $3) RETURNING *;

-- name: UpdateReturningExpression :one
UPDATE products SET stock = stock - $1 WHERE id = $2 RETURNING stock, stock < 0 AS oversold, discount_price;

-- name: InsertDefaultValues :exec
INSERT INTO users (email, role) VALUES ($1, DEFAULT);

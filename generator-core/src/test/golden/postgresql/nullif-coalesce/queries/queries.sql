-- name: CoalesceNonNullArgument :many
SELECT id, coalesce(display_name, email) AS name FROM users;

-- name: CoalesceAllNullable :many
SELECT products.id, coalesce(discount_price, NULL) AS d, coalesce(description, display_name) AS text_or_name
FROM products, users LIMIT 1;

-- name: CoalesceLiteral :many
SELECT id, coalesce(weight_grams, 0) AS grams FROM products;

-- name: CoalesceCommonType :many
SELECT products.id, coalesce(weight_grams, price) AS mixed, coalesce(stock, view_count) AS wide FROM products, posts LIMIT 1;

-- name: NullifIsNullable :many
SELECT users.id, nullif(stock, 0) AS stock_or_null, nullif(email, '') AS email_or_null FROM products, users LIMIT 1;

-- name: CoalesceOfNullif :many
SELECT id, coalesce(nullif(display_name, ''), email) AS shown FROM users;

-- name: CoalesceOverLeftJoin :many
SELECT u.id, coalesce(o.status, 'pending') AS status, coalesce(o.note, o.coupon_code) AS remark
FROM users u LEFT JOIN orders o ON o.user_id = u.id;

-- name: CoalesceParamDefault :many
SELECT id FROM posts WHERE published_at > coalesce($1, now()::timestamp);

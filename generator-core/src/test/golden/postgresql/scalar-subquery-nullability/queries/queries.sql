-- name: CountSubqueryIsNonNull :one
SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM users WHERE deleted_at IS NULL) AS active_users;

-- name: MaxSubqueryIsNullable :one
SELECT (SELECT max(placed_at) FROM orders) AS last_order;

-- name: ColumnSubqueryIsNullable :many
SELECT o.id, (SELECT u.email FROM users u WHERE u.referred_by = o.user_id LIMIT 1) AS referred_email FROM orders o;

-- name: CoalesceOverSubquery :many
SELECT p.id, coalesce((SELECT sum(oi.quantity) FROM order_items oi WHERE oi.product_id = p.id), 0) AS sold FROM products p;

-- name: ExistsIsNonNull :many
SELECT p.id, EXISTS (SELECT 1 FROM reviews r WHERE r.product_id = p.id) AS has_reviews FROM products p;

-- name: SubqueryInWhereAndSelect :many
SELECT u.email, (SELECT count(*) FROM posts WHERE author_id = u.id) + 1 AS posts_plus_one
FROM users u WHERE u.id = (SELECT min(id) FROM users);

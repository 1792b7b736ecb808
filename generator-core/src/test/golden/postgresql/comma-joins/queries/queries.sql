-- name: CommaJoinWhere :many
SELECT o.id, u.email FROM orders o, users u WHERE u.id = o.user_id AND u.id = $1;

-- name: ThreeWayCommaJoin :many
SELECT p.name, oi.quantity, o.status
FROM products p, order_items oi, orders o
WHERE oi.product_id = p.id AND o.id = oi.order_id;

-- name: CommaThenLeftJoin :many
SELECT p.title, c.body, u.display_name
FROM posts p, comments c LEFT JOIN users u ON u.id = c.author_id
WHERE c.post_id = p.id;

-- name: CommaJoinUnqualified :many
SELECT title, rating FROM posts, reviews WHERE posts.author_id = reviews.user_id;

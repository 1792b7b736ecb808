-- name: StarOfJoin :many
SELECT * FROM orders o JOIN order_items oi ON oi.order_id = o.id WHERE o.id = $1;

-- name: TableStarOfLeftJoin :many
SELECT p.*, c.* FROM products p LEFT JOIN categories c ON c.id = p.category_id;

-- name: TableStarReturnsModel :many
SELECT c.* FROM categories c JOIN products p ON p.category_id = c.id WHERE p.id = $1;

-- name: StarOfSubquery :many
SELECT * FROM (SELECT id, email FROM users) u;

-- name: StarOfCte :many
WITH x AS (SELECT id, title, score FROM posts) SELECT * FROM x;

-- name: TableStarPlusExpression :many
SELECT r.*, r.rating * 2 AS doubled FROM reviews r;

-- name: StarOfView :many
SELECT * FROM product_ratings;

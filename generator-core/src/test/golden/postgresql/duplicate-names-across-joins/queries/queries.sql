-- name: OrderAndUserIds :many
SELECT o.id, u.id FROM orders o JOIN users u ON u.id = o.user_id;

-- name: SameNameThreeTimes :many
SELECT p.name, c.name, pc.name FROM products p LEFT JOIN categories c ON c.id = p.category_id LEFT JOIN categories pc ON pc.id = c.parent_id;

-- name: StarWithSharedColumnNames :many
SELECT * FROM posts p JOIN comments c ON c.post_id = p.id;

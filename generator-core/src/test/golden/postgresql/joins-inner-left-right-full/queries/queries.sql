-- name: InnerJoin :many
SELECT o.id, u.email FROM orders o INNER JOIN users u ON u.id = o.user_id;

-- name: LeftJoin :many
SELECT p.name, c.name AS category, c.slug FROM products p LEFT JOIN categories c ON c.id = p.category_id;

-- name: LeftOuterJoinKeyword :many
SELECT u.email, p.title FROM users u LEFT OUTER JOIN posts p ON p.author_id = u.id;

-- name: RightJoin :many
SELECT o.id AS order_id, u.email FROM orders o RIGHT JOIN users u ON u.id = o.user_id;

-- name: FullJoin :many
SELECT p.id AS product_id, r.id AS review_id, r.rating FROM products p FULL JOIN reviews r ON r.product_id = p.id;

-- name: ChainOfLeftJoins :many
SELECT o.id, oi.quantity, p.name
FROM orders o LEFT JOIN order_items oi ON oi.order_id = o.id LEFT JOIN products p ON p.id = oi.product_id;

-- name: LeftThenRightJoin :many
SELECT u.email, o.id AS order_id, r.rating
FROM users u LEFT JOIN orders o ON o.user_id = u.id RIGHT JOIN reviews r ON r.user_id = u.id;

-- name: InnerJoinAfterLeftKeepsNullability :many
SELECT c.body, u.email, p.title
FROM comments c LEFT JOIN users u ON u.id = c.author_id JOIN posts p ON p.id = c.post_id;

-- name: CrossJoin :many
SELECT u.email, c.name FROM users u CROSS JOIN categories c;

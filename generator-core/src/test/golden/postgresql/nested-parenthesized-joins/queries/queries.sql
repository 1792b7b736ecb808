-- name: LeftJoinOfInnerJoin :many
SELECT u.email, o.id AS order_id, oi.quantity
FROM users u LEFT JOIN (orders o JOIN order_items oi ON oi.order_id = o.id) ON o.user_id = u.id;

-- name: ParenthesizedLeftJoinOnLeft :many
SELECT p.name, c.name AS category, r.rating
FROM (products p LEFT JOIN categories c ON c.id = p.category_id) JOIN reviews r ON r.product_id = p.id;

-- name: FullJoinOfJoins :many
SELECT u.email, p.name
FROM (users u JOIN reviews r ON r.user_id = u.id) FULL JOIN (products p JOIN categories c ON c.id = p.category_id) ON p.id = r.product_id;

-- name: RightJoinOfLeftJoin :many
SELECT pc.body, po.title, au.email
FROM (comments pc LEFT JOIN posts po ON po.id = pc.post_id) RIGHT JOIN users au ON au.id = pc.author_id;

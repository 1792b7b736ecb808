-- name: UnionIntAndBigint :many
SELECT stock AS n FROM products UNION SELECT view_count FROM posts;

-- name: UnionAllIntAndNumeric :many
SELECT quantity AS amount FROM order_items UNION ALL SELECT price FROM products;

-- name: UnionNullableInOneBranch :many
SELECT display_name AS label FROM users UNION ALL SELECT name FROM products;

-- name: UnionNullLiteral :many
SELECT id, NULL AS note FROM orders UNION ALL SELECT id, note FROM orders;

-- name: IntersectNullableOnlyInBoth :many
SELECT display_name AS label FROM users INTERSECT SELECT name FROM products;

-- name: IntersectBothNullable :many
SELECT display_name FROM users INTERSECT SELECT description FROM products;

-- name: ExceptFollowsFirst :many
SELECT name FROM products EXCEPT SELECT display_name FROM users;

-- name: ExceptFirstNullable :many
SELECT description FROM products EXCEPT SELECT name FROM categories;

-- name: UnionVarcharAndText :many
SELECT slug AS s FROM categories UNION SELECT sku FROM products;

-- name: UnionOfThree :many
SELECT id FROM users UNION SELECT author_id FROM posts UNION SELECT user_id FROM reviews;

-- name: AmbiguousAcrossJoin :many
SELECT created_at FROM orders o JOIN users u ON u.id = o.user_id JOIN posts p ON p.author_id = u.id JOIN comments c ON c.post_id = p.id;

-- name: UnknownAlias :many
SELECT x.id FROM users u;

-- name: UnknownColumnOfCte :many
WITH recent AS (SELECT id, placed_at FROM orders)
SELECT statuss FROM recent;

-- name: AmbiguousInCorrelatedSubquery :many
SELECT u.email FROM users u WHERE EXISTS (SELECT 1 FROM orders o JOIN reviews r ON r.user_id = o.user_id WHERE user_id = u.id);

-- name: CteNotVisibleOutsideSubquery :many
SELECT (SELECT count(*) FROM (WITH inner_cte AS (SELECT 1 AS one) SELECT one FROM inner_cte) s) AS n FROM inner_cte;

-- name: UnknownTableInJoin :many
SELECT p.id FROM products p JOIN categorys c ON c.id = p.category_id;

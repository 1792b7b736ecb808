-- name: DerivedTableColumnAliases :many
SELECT t.pid, t.label FROM (SELECT id, name FROM products) AS t(pid, label);

-- name: DerivedTablePartialAliases :many
SELECT d.a, d.description FROM (SELECT id, description FROM products) d(a);

-- name: DerivedTableExpressions :many
SELECT s.total, s.n
FROM (SELECT order_id, sum(unit_price * quantity) AS total, count(*) AS n FROM order_items GROUP BY order_id) s
WHERE s.total > $1;

-- name: NestedDerivedTables :many
SELECT outer_t.name
FROM (SELECT inner_t.name FROM (SELECT name, stock FROM products) inner_t WHERE inner_t.stock > 0) outer_t;

-- name: DerivedTableLeftJoined :many
SELECT u.email, o.last_placed
FROM users u
LEFT JOIN (SELECT user_id, max(placed_at) AS last_placed FROM orders GROUP BY user_id) o ON o.user_id = u.id;

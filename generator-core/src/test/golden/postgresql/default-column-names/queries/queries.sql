-- name: UnaliasedExpressions :one
SELECT count(*), max(id), 1 + 1, coalesce(NULL, 'x'), now() FROM users;

-- name: UnaliasedCaseAndCast :many
SELECT CASE WHEN stock > 0 THEN 'yes' END, stock::text, price * 2 FROM products;

-- name: UnaliasedQualifiedColumns :many
SELECT p.name, c.slug FROM products p JOIN categories c ON c.id = p.category_id;

-- name: UnaliasedJsonAndSubquery :many
SELECT attributes ->> 'color', (SELECT 1), EXISTS (SELECT 1) FROM products;

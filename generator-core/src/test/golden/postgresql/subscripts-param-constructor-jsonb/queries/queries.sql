-- name: SubscriptByParam :many
SELECT image_urls[$1] AS url FROM products;

-- name: SubscriptOfConstructor :one
SELECT (ARRAY[1, 2, 3])[$1::int] AS picked;

-- name: JsonbSubscript :many
SELECT attributes['color'] AS color FROM products;

-- name: ArraySlice :many
SELECT id, tags[1:2] AS first_two FROM users;

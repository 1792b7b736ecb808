-- name: ArrayConstructor :many
SELECT id, ARRAY[id, referred_by] AS ids, ARRAY['a', email] AS labels FROM users;

-- name: AnyParamArray :many
SELECT id, email FROM users WHERE id = ANY($1);

-- name: AnyColumnArray :many
SELECT id FROM users WHERE $1 = ANY(tags);

-- name: AllComparison :many
SELECT id FROM products WHERE price > ALL(SELECT unit_price FROM order_items);

-- name: AnySubquery :many
SELECT id FROM orders WHERE user_id = ANY(SELECT id FROM users WHERE role = 'staff');

-- name: ArrayOperators :many
SELECT id, tags || 'new'::text AS more_tags, tags @> ARRAY[$1::text] AS has_tag, cardinality(tags) AS n_tags FROM users;

-- name: ArrayFunctions :many
SELECT array_length(image_urls, 1) AS n_images, array_to_string(image_urls, ',') AS urls, array_position(tags, 'x') AS pos
FROM products, users LIMIT 1;

-- name: AnyWithNullableArray :many
SELECT id FROM products WHERE $1 = ANY(image_urls);

-- name: JsonArrowOperators :many
SELECT id, attributes -> 'color' AS color_json, attributes ->> 'color' AS color, attributes #>> '{size,eu}' AS eu_size,
       attributes #> '{size}' AS size_json
FROM products;

-- name: JsonOnNullableColumn :many
SELECT id, preferences ->> 'theme' AS theme, preferences -> 'flags' -> 0 AS first_flag FROM users;

-- name: JsonContainment :many
SELECT id FROM products WHERE attributes @> $1 AND attributes -> 'color' IS NOT NULL;

-- name: JsonKeyParam :many
SELECT id, attributes ->> $1 AS value FROM products;

-- name: JsonBuild :many
SELECT jsonb_build_object('id', id, 'email', email) AS doc, to_jsonb(tags) AS tags_json, json_build_array(id, role) AS pair
FROM users;

-- name: JsonbSet :exec
UPDATE products SET attributes = jsonb_set(attributes, '{stock}', to_jsonb(stock)) WHERE id = $1;

-- name: JsonTypeofAndLength :many
SELECT jsonb_typeof(attributes) AS kind, jsonb_array_length(attributes -> 'sizes') AS n_sizes FROM products;

-- name: JsonbConcatAndDelete :many
SELECT attributes || '{"new": true}'::jsonb AS merged, attributes - 'color' AS without_color FROM products;

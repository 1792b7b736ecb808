-- name: UnnestWithOrdinality :many
SELECT coalesce(t.url, '') AS url, t.pos FROM products p, unnest(p.image_urls) WITH ORDINALITY AS t(url, pos) WHERE p.id = $1;

-- name: JsonbArrayElements :many
SELECT e.value FROM products p, jsonb_array_elements(p.attributes -> 'sizes') AS e WHERE p.id = $1;

-- name: JsonbEachText :many
SELECT kv.key, kv.value IS NULL AS is_json_null FROM products p CROSS JOIN LATERAL jsonb_each_text(p.attributes) AS kv;

-- name: InsertMultipleValues :exec
INSERT INTO categories (name, slug) VALUES ($1, $2), ($3, $4);

-- name: ValuesInCte :many
WITH weights(tier, min_grams) AS (VALUES ('light', 0), ('heavy', 1000))
SELECT p.name, w.tier
FROM products p LEFT JOIN weights w ON p.weight_grams >= w.min_grams;

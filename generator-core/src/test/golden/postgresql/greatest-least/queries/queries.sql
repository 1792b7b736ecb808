-- name: GreatestOfColumns :many
SELECT id, greatest(price, discount_price) AS top, least(price, discount_price) AS bottom FROM products;

-- name: GreatestAllNullable :many
SELECT id, greatest(discount_price, weight_grams) AS g FROM products;

-- name: LeastWithLiteral :many
SELECT products.id, least(stock, 10) AS capped, greatest(view_count, 0) AS nonneg FROM products, posts LIMIT 1;

-- name: GreatestTimestamps :many
SELECT id, greatest(placed_at, shipped_at) AS last_event FROM orders;

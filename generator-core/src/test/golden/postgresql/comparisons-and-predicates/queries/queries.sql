-- name: BooleanLogic :many
SELECT id, (stock > 0 AND price < 100) AS cheap_in_stock, NOT (stock > 0) AS sold_out, discount_price > price AS odd FROM products;

-- name: IsNullPredicates :many
SELECT id, deleted_at IS NULL AS active, display_name IS NOT NULL AS named FROM users;

-- name: IsDistinctFrom :many
SELECT id, coupon_code IS DISTINCT FROM $1 AS other_coupon, note IS NOT DISTINCT FROM NULL AS no_note FROM orders;

-- name: BetweenParams :many
SELECT id FROM orders WHERE placed_at BETWEEN $1 AND $2;

-- name: InList :many
SELECT id FROM orders WHERE status IN ('paid', 'shipped') AND user_id IN ($1, $2);

-- name: NotInListParams :many
SELECT id FROM products WHERE category_id NOT IN ($1, $2);

-- name: ComparisonOfNullable :many
SELECT id, weight_grams > 100 AS heavy FROM products;

-- name: BetweenSymmetric :many
SELECT id FROM products WHERE price BETWEEN SYMMETRIC $1 AND $2;

-- name: IntTimesInt :many
SELECT quantity * 2 AS doubled, quantity / 3 AS third, quantity % 2 AS parity FROM order_items;

-- name: IntTimesNumeric :many
SELECT quantity * unit_price AS line_total FROM order_items;

-- name: BigintPlusInt :many
SELECT view_count + 1 AS next, -view_count AS negated FROM posts;

-- name: SmallintArithmetic :many
SELECT rating + rating AS twice, rating * 1.5 AS weighted FROM reviews;

-- name: DoubleArithmetic :many
SELECT score * 2 AS double_score, score + view_count AS mixed FROM posts;

-- name: IntegerDivisionByParam :many
SELECT stock / $1 AS packs FROM products;

-- name: NumericRounding :many
SELECT round(price, 1) AS rounded, trunc(price) AS whole, abs(discount_price) AS abs_discount FROM products;

-- name: NullableOperandMakesNullable :many
SELECT price - discount_price AS saving, weight_grams / 1000.0 AS kg FROM products;

-- name: Exponent :many
SELECT 2 ^ 3 AS eight, sqrt(stock) AS root, power(2, quantity) AS p FROM products, order_items LIMIT 1;

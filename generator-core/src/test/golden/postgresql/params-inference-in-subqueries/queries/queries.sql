-- name: ParamInCte :many
WITH mine AS (SELECT id, status FROM orders WHERE user_id = $1)
SELECT id FROM mine WHERE status = $2;

-- name: ParamInDerivedTable :many
SELECT t.name FROM (SELECT name FROM products WHERE price < @max_price) t;

-- name: ParamInScalarSubquery :many
SELECT id, (SELECT count(*) FROM comments c WHERE c.post_id = p.id AND c.author_id = @viewer) AS mine FROM posts p;

-- name: ParamInExists :many
SELECT id FROM products p WHERE EXISTS (SELECT 1 FROM reviews r WHERE r.product_id = p.id AND r.rating = @rating);

-- name: ParamInFunctionArgument :many
SELECT id FROM users WHERE lower(email) = lower(@email);

-- name: ParamReversedComparison :many
SELECT id FROM products WHERE @min_stock <= stock;

-- name: ParamInLimitOffset :many
SELECT id FROM posts ORDER BY id LIMIT @page_size OFFSET @page_offset;

-- name: ParamArithmetic :many
SELECT id FROM products WHERE price * @factor > 100;

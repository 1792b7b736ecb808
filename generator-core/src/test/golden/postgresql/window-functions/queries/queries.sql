-- name: RowNumberAndRank :many
SELECT id, row_number() OVER (ORDER BY placed_at) AS rn, rank() OVER (PARTITION BY user_id ORDER BY placed_at) AS r,
       dense_rank() OVER w AS dr
FROM orders WINDOW w AS (ORDER BY status);

-- name: LagLead :many
SELECT id, lag(placed_at) OVER (PARTITION BY user_id ORDER BY placed_at) AS previous,
       lead(id, 1, 0) OVER (ORDER BY id) AS next_id
FROM orders;

-- name: RunningTotals :many
SELECT order_id, product_id, sum(quantity) OVER (PARTITION BY order_id ORDER BY product_id) AS running,
       count(*) OVER () AS total_rows, avg(unit_price) OVER (PARTITION BY order_id) AS avg_price
FROM order_items;

-- name: FirstLastValue :many
SELECT id, first_value(title) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) AS next_title,
       last_value(score) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_score
FROM posts;

-- name: NtileAndPercent :many
SELECT id, ntile(4) OVER (ORDER BY price) AS quartile, percent_rank() OVER (ORDER BY price) AS pct,
       cume_dist() OVER (ORDER BY price) AS cd
FROM products;

-- name: WindowInSubquery :many
SELECT ranked.id FROM (SELECT id, row_number() OVER (PARTITION BY user_id ORDER BY placed_at DESC) AS rn FROM orders) ranked
WHERE ranked.rn = 1;

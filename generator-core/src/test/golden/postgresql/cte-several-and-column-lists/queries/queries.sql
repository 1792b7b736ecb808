-- name: RevenuePerCategory :many
WITH item_totals AS (
  SELECT oi.product_id, oi.quantity * oi.unit_price AS line_total
  FROM order_items oi
),
product_totals AS (
  SELECT product_id, sum(line_total) AS revenue FROM item_totals GROUP BY product_id
)
SELECT c.name, p.name AS product, pt.revenue
FROM product_totals pt
JOIN products p ON p.id = pt.product_id
LEFT JOIN categories c ON c.id = p.category_id;

-- name: CteColumnList :many
WITH counts(user_id, n) AS (
  SELECT user_id, count(*) FROM orders GROUP BY user_id
)
SELECT u.email, counts.n FROM users u JOIN counts ON counts.user_id = u.id;

-- name: CteColumnListPartial :many
WITH renamed(product, cat) AS (
  SELECT id, category_id, name FROM products
)
SELECT product, cat, name FROM renamed;

-- name: CteReadsEarlierCte :many
WITH active AS (
  SELECT id, email, display_name FROM users WHERE deleted_at IS NULL
),
active_staff AS (
  SELECT id, display_name FROM active WHERE id > $1
)
SELECT a.email, s.display_name
FROM active a LEFT JOIN active_staff s ON s.id = a.id;

-- name: CteUsedTwice :many
WITH o AS (SELECT id, user_id, placed_at FROM orders)
SELECT o1.id AS first_id, o2.id AS second_id
FROM o o1 JOIN o o2 ON o1.user_id = o2.user_id AND o1.placed_at < o2.placed_at;

-- name: CteCountOnly :one
WITH recent AS (SELECT * FROM posts WHERE published_at > $1)
SELECT count(*) AS n, max(view_count) AS most_views FROM recent;

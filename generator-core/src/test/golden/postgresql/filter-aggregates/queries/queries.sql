-- name: CountFilter :many
SELECT user_id, count(*) FILTER (WHERE status = 'paid') AS paid, count(*) AS total FROM orders GROUP BY user_id;

-- name: SumFilterIsNullable :many
SELECT order_id, sum(quantity) FILTER (WHERE unit_price > 10) AS pricey_items FROM order_items GROUP BY order_id;

-- name: FilterWithParam :one
SELECT count(*) FILTER (WHERE rating >= $1) AS good, avg(rating) FILTER (WHERE body IS NOT NULL) AS avg_with_body FROM reviews;

-- name: MaxFilter :many
SELECT author_id, max(published_at) FILTER (WHERE view_count > 100) AS last_popular FROM posts GROUP BY author_id;

-- name: SumTypes :one
SELECT sum(stock) AS sum_int, sum(view_count) AS sum_big, sum(price) AS sum_num, sum(score) AS sum_dbl
FROM products, posts;

-- name: AvgTypes :one
SELECT avg(stock) AS avg_int, avg(rating) AS avg_small, avg(score) AS avg_dbl FROM products, reviews, posts;

-- name: CountVariants :one
SELECT count(*) AS all_rows, count(discount_price) AS with_discount, count(DISTINCT category_id) AS categories FROM products;

-- name: MinMaxKeepType :one
SELECT min(placed_at) AS first, max(status) AS last_status, min(coupon_code) AS first_coupon FROM orders;

-- name: GroupedAggregatesFollowArgument :many
SELECT user_id, max(placed_at) AS last, max(coupon_code) AS any_coupon, sum(id) AS id_sum FROM orders GROUP BY user_id;

-- name: BoolAndStringAgg :many
SELECT user_id, bool_and(shipped_at IS NOT NULL) AS all_shipped, string_agg(status::text, ',') AS statuses FROM orders GROUP BY user_id;

-- name: ArrayAgg :many
SELECT category_id, array_agg(id ORDER BY id) AS ids, array_agg(description) AS descriptions FROM products GROUP BY category_id;

-- name: AggregateOverEmptyGroupByParam :one
SELECT count(*) AS n, sum(quantity) AS items FROM order_items WHERE order_id = $1;

-- name: HavingWithAggregates :many
SELECT product_id, avg(rating) AS avg_rating FROM reviews GROUP BY product_id HAVING count(*) >= $1;

-- name: JsonAgg :many
SELECT o.user_id, jsonb_agg(o.id) AS ids, json_object_agg(o.id, o.status) AS by_id FROM orders o GROUP BY o.user_id;

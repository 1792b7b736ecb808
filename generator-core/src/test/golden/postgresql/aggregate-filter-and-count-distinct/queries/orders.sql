-- name: OrderStatsPerUser :many
SELECT user_id, count(DISTINCT status) AS statuses,
       sum(quantity) FILTER (WHERE status = 'paid') AS paid_units,
       max(quantity) AS most
FROM orders
GROUP BY user_id
ORDER BY user_id;

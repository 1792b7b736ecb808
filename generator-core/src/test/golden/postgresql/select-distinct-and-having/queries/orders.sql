-- name: BusyUsers :many
SELECT user_id, count(*) AS orders
FROM orders
GROUP BY user_id
HAVING count(*) > $1
ORDER BY user_id;

-- name: OrderStats :many
SELECT user_id,
       count(*) AS orders,
       sum(quantity) AS quantity_sum,
       avg(quantity) AS quantity_avg,
       sum(weight) AS weight_sum,
       max(total) AS biggest,
       min(note) AS first_note,
       group_concat(note) AS notes
FROM orders
GROUP BY user_id
HAVING count(*) > ?;

-- name: OrderArithmetic :many
SELECT id,
       quantity + 1 AS plus_one,
       quantity * quantity AS squared,
       quantity / 2 AS halved,
       quantity DIV 2 AS int_halved,
       quantity % 3 AS remainder,
       units + 1 AS units_plus,
       total * 2 AS double_total,
       weight * quantity AS weighted,
       quantity > 2 AS big,
       concat(note, '!') AS shout,
       IFNULL(note, 'none') AS note_or_none,
       COALESCE(total, 0) AS total_or_zero,
       NOW() AS now_at,
       created_at AS created
FROM orders
WHERE id = ?;

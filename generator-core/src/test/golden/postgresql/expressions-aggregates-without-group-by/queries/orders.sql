-- name: OrderTotals :one
SELECT count(*) AS orders, count(note) AS with_note, sum(quantity) AS units, sum(id) AS id_sum,
       avg(quantity) AS mean_quantity, max(total) AS biggest
FROM orders;

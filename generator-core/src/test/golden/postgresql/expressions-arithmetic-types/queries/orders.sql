-- name: OrderMath :many
SELECT quantity / 2 AS half, quantity * 1.5 AS weighted, total * quantity AS line_total,
       id + 1 AS next_id, quantity::bigint + 1 AS widened
FROM orders
ORDER BY id;

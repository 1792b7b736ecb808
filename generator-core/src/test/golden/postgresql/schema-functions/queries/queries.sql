-- name: OrderWithTotal :many
SELECT id, order_total(id) AS total FROM orders WHERE user_id = $1;

-- name: OrderTotalParam :one
SELECT order_total($1) AS total;

-- name: CoalescedSchemaFunction :many
SELECT id, coalesce(order_total(id), 0) AS total FROM orders;

-- name: RowsOfTableFunction :many
SELECT c.name, pic.product_name FROM categories c CROSS JOIN LATERAL products_in_category(c.id) pic;

-- name: TableFunctionLeftJoined :many
SELECT c.name, pic.price FROM categories c LEFT JOIN LATERAL products_in_category(c.id) pic ON true;

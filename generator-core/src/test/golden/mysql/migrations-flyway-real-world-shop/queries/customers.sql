-- name: FindCustomerByEmail :one
SELECT * FROM customers WHERE email = ?;

-- name: CustomerNames :many
SELECT id, full_name, phone_number, customer_order_count(id) AS orders FROM customers ORDER BY last_name, first_name;

-- name: SavedItemsOf :many
SELECT s.product_id, p.name, s.added_at
FROM saved_items s
JOIN products p ON p.id = s.product_id
WHERE s.customer_id = ?;

-- name: OptinsByChannel :many
SELECT channel, COUNT(*) AS optins FROM marketing_optins GROUP BY channel;

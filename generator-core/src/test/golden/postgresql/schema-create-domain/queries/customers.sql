-- name: GetCustomer :one
SELECT id, email, credit, code FROM customers WHERE id = $1;

-- name: AddCustomer :exec
INSERT INTO customers (email, credit, code) VALUES ($1, $2, $3);

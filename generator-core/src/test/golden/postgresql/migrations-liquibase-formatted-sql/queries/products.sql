-- name: GetProduct :one
SELECT id, code, price, product_code(code) AS upper_code FROM products WHERE id = $1;

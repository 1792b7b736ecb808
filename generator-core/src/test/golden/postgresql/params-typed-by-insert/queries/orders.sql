-- name: CreateOrder :one
INSERT INTO orders (user_id, status, quantity, total, note)
VALUES ($1, $2, $3, $4, $5)
RETURNING id;

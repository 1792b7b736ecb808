-- name: SetOrderNote :one
UPDATE orders SET note = $1 WHERE id = $2
RETURNING id, note, quantity;

-- name: DeleteUser :exec
DELETE FROM users WHERE id = $1;

-- name: DeleteOrdersOfUser :many
DELETE FROM orders WHERE user_id = $1
RETURNING id, total;

-- name: FindUsersByText :many
SELECT id, email FROM users WHERE email = $1 OR display_name = $1 ORDER BY id LIMIT $2;

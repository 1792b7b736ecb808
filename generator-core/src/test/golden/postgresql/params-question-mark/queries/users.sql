-- name: FindUserByEmail :one
SELECT id, email, display_name FROM users WHERE email = ? AND is_admin = ?;

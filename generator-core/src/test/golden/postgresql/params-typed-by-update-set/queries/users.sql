-- name: UpdateUser :execrows
UPDATE users SET email = $1, display_name = $2, is_admin = $3 WHERE id = $4;

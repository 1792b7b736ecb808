-- name: TouchUser :one
UPDATE users SET deleted_at = now() WHERE id = $1;

-- name: ForgetUser :many
DELETE FROM users WHERE id = $1;

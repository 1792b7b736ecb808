-- name: GetSettings :one
SELECT settings FROM user_settings WHERE id = $1;

-- name: ListSettings :many
SELECT id, settings, updated_at FROM user_settings ORDER BY id;

-- name: GetUser :one
SELECT id, name, email, handle, bio FROM users WHERE id = $1;

-- name: ListHandles :many
SELECT id, handle FROM user_names ORDER BY id;

-- name: FindUser :one
SELECT id, name, bio FROM users WHERE id = @id;

-- name: ListNames :many
SELECT name FROM users ORDER BY name;

-- name: FindUser :one
SELECT id, nme FROM users WHERE id = @id;

-- name: GetLoose :one
SELECT id, anything FROM loose WHERE id = ?;

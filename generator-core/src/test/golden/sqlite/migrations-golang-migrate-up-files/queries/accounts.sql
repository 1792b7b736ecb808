-- name: GetAccount :one
SELECT id, holder, balance FROM accounts WHERE id = ?;

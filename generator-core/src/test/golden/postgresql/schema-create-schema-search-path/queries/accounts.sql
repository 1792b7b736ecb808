-- name: GetAccount :one
SELECT id, email, name FROM accounts WHERE id = $1;

-- name: GetFlag :one
SELECT enabled FROM flags WHERE code = $1;

-- name: ListEvents :many
SELECT e.id, e.at, a.email FROM audit.events e JOIN app.accounts a ON a.id = e.account_id;

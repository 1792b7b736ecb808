-- name: ListUsersFiltered :many
SELECT id, email FROM users
WHERE (sqlc.narg(admin)::boolean IS NULL OR is_admin = sqlc.narg(admin))
ORDER BY id;

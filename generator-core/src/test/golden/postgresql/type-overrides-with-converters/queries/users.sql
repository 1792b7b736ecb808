-- name: CreateUser :one
INSERT INTO users (email, preferences, previous, nickname) VALUES ($1, $2, $3, $4) RETURNING *;

-- name: GetUser :one
SELECT * FROM users WHERE id = $1;

-- name: FindByEmail :many
SELECT id, email, previous FROM users WHERE email = $1;

-- name: ChangeSettings :execrows
UPDATE users SET preferences = @preferences, previous = preferences WHERE id = @id;

-- name: ListByEmails :many
SELECT id, email FROM users WHERE email IN (sqlc.slice(emails)) ORDER BY id;

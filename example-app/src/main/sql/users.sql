-- Registers a user; the bio may be left out (NULL).
-- name: CreateUser :one
INSERT INTO users (email, name, bio)
VALUES (@email, @name, @bio)
RETURNING *;

-- name: GetUser :one
SELECT * FROM users WHERE id = @id;

-- Looks a user up by the address they sign in with.
-- name: FindUserByEmail :one
SELECT * FROM users WHERE email = @email;

-- name: ListUsers :many
SELECT id, name, bio FROM users ORDER BY name;

-- Sets or clears (NULL) a user's bio.
-- name: UpdateBio :execrows
UPDATE users SET bio = sqlc.narg(bio) WHERE id = @id;

-- name: UpsertUser :one
INSERT INTO users (id, email, display_name) VALUES ($1, $2, $3)
ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email
RETURNING id, email, display_name;

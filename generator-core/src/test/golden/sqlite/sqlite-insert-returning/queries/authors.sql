-- name: CreateAuthor :one
INSERT INTO authors (name, bio, created_at) VALUES (?, ?, ?)
RETURNING id, name, bio;
